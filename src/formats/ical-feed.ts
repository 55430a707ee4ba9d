import ical from 'ical-generator';

/** One all-day calendar entry; `end` is exclusive (the day after the last). */
export type FeedEntry = {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  lastModified: string;
};

/** SEQUENCE counts seconds since this instant: later edits always carry a larger number. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/** A revision number from a last-modified time: grows with every edit without storing a counter. */
export function sequenceOf(lastModified: string): number {
  return Math.max(0, Math.floor((Date.parse(lastModified) - SEQUENCE_EPOCH_MS) / 1000));
}

const asDay = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/**
 * The feed as iCalendar text (RFC 5545, folded at 75 octets by ical-generator). Every
 * stamp comes from the entries, never the clock, so the same data gives the same bytes
 * and the same ETag.
 */
export function writeCalendarFeed(name: string, entries: readonly FeedEntry[]): string {
  const calendar = ical({ name, prodId: { company: 'kith', product: 'kith', language: 'EN' } });
  // REFRESH-INTERVAL and X-PUBLISHED-TTL: ask calendars to check back every hour.
  calendar.ttl(60 * 60);
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.uid}@kith`,
      allDay: true,
      start: asDay(entry.start),
      end: asDay(entry.end),
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      stamp: new Date(entry.lastModified),
      lastModified: new Date(entry.lastModified),
      sequence: sequenceOf(entry.lastModified),
    });
  }
  return calendar.toString();
}
