import { addDays, occasionDateIn } from '../shared/dates.js';
import type { FeedEntry, FeedSources } from './schema.js';

const yearOf = (date: string): number | null => (/^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null);

/** A yearly date for this year and next, each its own entry, so the age can be in the title. */
function yearly(
  key: string,
  date: string,
  thisYear: number,
  title: (years: number | null) => string,
  lastModified: string,
): FeedEntry[] {
  const since = yearOf(date);
  return [thisYear, thisYear + 1].flatMap((year) => {
    if (since !== null && year < since) return [];
    const on = occasionDateIn(date, year);
    return [
      {
        uid: `${key}-${year}`,
        start: on,
        end: addDays(on, 1),
        summary: title(since === null ? null : year - since),
        description: null,
        location: null,
        url: null,
        lastModified,
      },
    ];
  });
}

/**
 * The feed's entries, all-day, each with a UID that names what it is about (a person's
 * birthday in a year, a reminder, an event), so an edit moves an entry instead of adding
 * one. Only names and the entry's own words leave kith: no notes, emails or phones.
 */
export function feedEntries(sources: FeedSources, today: string): FeedEntry[] {
  const thisYear = Number(today.slice(0, 4));
  const entries: FeedEntry[] = [];
  for (const person of sources.birthdays) {
    entries.push(
      ...yearly(
        `birthday-${person.personId}`,
        person.birthday,
        thisYear,
        (age) => `${person.name}'s birthday${age === null ? '' : ` (${age})`}`,
        person.updatedAt,
      ),
    );
  }
  for (const occasion of sources.occasions) {
    entries.push(
      ...yearly(
        `occasion-${occasion.id}`,
        occasion.date,
        thisYear,
        (years) => `${occasion.personName}: ${occasion.label}${years ? ` (${years} years)` : ''}`,
        occasion.createdAt,
      ),
    );
  }
  for (const reminder of sources.reminders) {
    entries.push({
      uid: `reminder-${reminder.id}`,
      start: reminder.dueOn,
      end: addDays(reminder.dueOn, 1),
      summary: reminder.personName ? `${reminder.personName}: ${reminder.text}` : reminder.text,
      description: null,
      location: null,
      url: null,
      lastModified: reminder.updatedAt,
    });
  }
  for (const event of sources.events) {
    const speaking = event.role === 'speaker';
    const lines = [
      speaking ? 'You are speaking' : `You plan to attend as ${event.role}`,
      event.talkTitle ? `Your talk: ${event.talkTitle}` : null,
    ].filter((line): line is string => line !== null);
    entries.push({
      uid: `event-${event.id}`,
      start: event.startsOn,
      end: addDays(event.endsOn ?? event.startsOn, 1),
      summary: speaking ? `${event.name} (speaking)` : event.name,
      description: lines.join('\n'),
      location: event.location,
      url: event.url,
      lastModified: event.updatedAt,
    });
  }
  const byEvent = new Map<string, FeedSources['followUps']>();
  for (const followUp of sources.followUps) {
    byEvent.set(followUp.eventId, [...(byEvent.get(followUp.eventId) ?? []), followUp]);
  }
  for (const [eventId, followUps] of byEvent) {
    const first = followUps[0];
    if (!first) continue;
    const names = followUps.map((followUp) => followUp.personName).sort((a, b) => a.localeCompare(b));
    const day = addDays(first.metOn, 1);
    entries.push({
      uid: `follow-up-${eventId}`,
      start: day,
      end: addDays(day, 1),
      summary: `Follow up with people met at ${first.eventName}`,
      description: names.join(', '),
      location: null,
      url: null,
      // A follow-up changes as people are met or followed up; the day it is for is what is stable.
      lastModified: `${first.metOn}T00:00:00.000Z`,
    });
  }
  return entries.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
