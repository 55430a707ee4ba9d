import { pendingFollowUps } from '../events/follow-ups.js';
import { followUpReason, occasionReason, reminderReason } from '../keep-in-touch/daily-list.js';
import { getToday } from '../keep-in-touch/get-today.js';
import { listUpcomingOccasions } from '../keep-in-touch/list-upcoming-occasions.js';
import { listReminders } from '../reminders/list-reminders.js';
import type { Deps } from '../repos.js';
import { addDays, whenWords } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { type Digest, type DigestItem, digestPreviewSchema } from './schema.js';

/** Birthdays, dates and events this many days ahead. */
const AHEAD_DAYS = 7;

const personLink = (id: string) => `/people/${encodeURIComponent(id)}`;

/**
 * The day's digest, from the same use-cases as the Today screen: the daily list with its
 * reasons (every entry, whatever the reason: the list decides what is worth a line),
 * reminders due, birthdays and dates and your events in the next week, and follow-ups
 * waiting. Each line links into the web UI. With asOf, a preview of another day.
 */
export async function buildDigest(deps: Deps, input: { asOf?: string | undefined } = {}): Promise<Digest> {
  const { asOf } = parseInput(digestPreviewSchema, input);
  const today = await getToday(deps, { asOf });
  const date = today.date;
  const [reminders, occasions, events, followUps] = await Promise.all([
    listReminders(deps, { asOf: date }),
    listUpcomingOccasions(deps, { days: AHEAD_DAYS, asOf: date }),
    deps.repos.events.list({ status: 'planned', from: date, to: addDays(date, AHEAD_DAYS), limit: 50 }),
    pendingFollowUps(deps.repos),
  ]);

  // A line of "Reach out today" lists its person's reasons: a reminder, date or follow-up
  // it names is not said again below.
  const reasonsOf = new Map(today.entries.map((entry) => [entry.id, entry.reasons]));
  const saidAbove = (personId: string | null, reason: string) =>
    reasonsOf.get(personId ?? '')?.includes(reason) ?? false;

  const sections: Digest['sections'] = [
    {
      title: 'Reach out today',
      items: today.entries.map((entry) => ({ text: entry.name, details: entry.reasons, link: personLink(entry.id) })),
    },
    {
      title: 'Reminders due',
      items: reminders
        .filter((reminder) => !saidAbove(reminder.personId, reminderReason(reminder.text)))
        .map(
          (reminder): DigestItem => ({
            text: reminder.personName ? `${reminder.personName}: ${reminder.text}` : reminder.text,
            details: [reminder.dueOn < date ? `was due ${reminder.dueOn}` : 'due today'],
            link: reminder.personId ? personLink(reminder.personId) : '/',
          }),
        ),
    },
    {
      title: 'Coming up',
      items: [
        ...occasions
          .filter((occasion) => !saidAbove(occasion.personId, occasionReason(occasion.label, occasion.date, date)))
          .map((occasion) => ({
            on: occasion.date,
            item: {
              text: `${occasion.personName}: ${occasion.label}`,
              details: [whenWords(occasion.date, date)],
              link: personLink(occasion.personId),
            },
          })),
        ...events.map((event) => ({
          on: event.startsOn,
          item: {
            text: event.name,
            details: [whenWords(event.startsOn, date), ...(event.location ? [event.location] : [])],
            link: `/events/${encodeURIComponent(event.id)}`,
          },
        })),
      ]
        .sort((a, b) => a.on.localeCompare(b.on))
        .map(({ item }) => item),
    },
    {
      title: 'Follow-ups waiting',
      items: followUps
        .filter((followUp) => followUp.dueOn <= date && !saidAbove(followUp.personId, followUpReason(followUp, date)))
        .map((followUp) => ({
          text: followUp.personName,
          details: [`met at ${followUp.eventName} on ${followUp.metOn}`],
          link: personLink(followUp.personId),
        })),
    },
  ];
  const nonEmpty = sections.filter((section) => section.items.length > 0);
  const people = today.entries.length;
  const subject =
    people > 0
      ? `kith: ${people === 1 ? '1 person' : `${people} people`} to reach out to today`
      : nonEmpty.length > 0
        ? 'kith: your day'
        : 'kith: nothing due today';
  return { date, timeZone: today.timeZone, subject, sections: nonEmpty };
}
