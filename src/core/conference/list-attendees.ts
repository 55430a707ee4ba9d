import { getEvent } from '../events/resolve-event.js';
import { interestsOf } from '../keep-in-touch/dormant.js';
import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import type { AttendeeList, AttendeeView } from './schema.js';
import { reasonsToFind, strangerReasons } from './who-to-find.js';

/** Saved items whose topics count as yours beside your own topics. */
const SAVED_ITEMS = 50;

function byReasons(a: AttendeeView, b: AttendeeView): number {
  return b.reasons.length - a.reasons.length || a.line - b.line;
}

/**
 * An event's attendee list: how many you know, who to find with why (someone you planned
 * to meet, a need of theirs you can meet, a dormant tie), and the strangers whose title or
 * company meets your topics. A row whose matched person is gone counts as a stranger.
 */
export async function listAttendees(deps: Deps, eventId: string): Promise<AttendeeList> {
  const { repos } = deps;
  const event = await getEvent(deps, eventId);
  const { settings, today } = await userClock(repos, deps.now());
  const [rows, links, saved, history] = await Promise.all([
    repos.attendees.list(event.id),
    repos.events.linksForEvent(event.id),
    repos.todayPicks.savedInterests(SAVED_ITEMS),
    repos.events.contactHistory(),
  ]);
  const people = new Map(
    (await repos.people.getMany([...new Set(rows.flatMap((row) => (row.personId ? [row.personId] : [])))])).map(
      (person) => [person.id, person],
    ),
  );
  const linkOf = new Map(links.map((link) => [link.personId, link]));
  const lastOn = new Map(history.map((row) => [row.personId, row.lastOn]));
  const interests = interestsOf(settings.myTopics, saved);

  const attendees: AttendeeView[] = rows.map((row) => {
    const person = row.personId ? people.get(row.personId) : undefined;
    if (!person) {
      return {
        ...row,
        personId: null,
        matchEvidence: null,
        person: null,
        met: false,
        reasons: strangerReasons(row, interests),
      };
    }
    const link = linkOf.get(person.id);
    const met = link?.relation === 'met';
    const reasons = met
      ? []
      : reasonsToFind(
          {
            needs: person.needs,
            topics: person.topics,
            lastSpokeOn: lastOn.get(person.id) ?? null,
            planned: link?.relation === 'attending',
          },
          interests,
          today,
        );
    return { ...row, person: { id: person.id, displayName: person.displayName }, met, reasons };
  });
  const known = attendees.filter((attendee) => attendee.person);
  return {
    event: { id: event.id, name: event.name },
    total: attendees.length,
    known: known.length,
    toFind: known.filter((attendee) => attendee.reasons.length > 0).sort(byReasons),
    strangers: attendees.filter((attendee) => !attendee.person && attendee.reasons.length > 0),
    attendees,
  };
}
