import { isKithError, KithError } from '../errors.js';
import { recordInteraction } from '../interactions/record-interaction.js';
import { createPerson } from '../people/create-person.js';
import { getPerson } from '../people/get-person.js';
import { resolvePerson } from '../people/resolve-person.js';
import type { CreatePersonInput, Person } from '../people/schema.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { zonedTimeToInstant } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { meetingDay } from './rules.js';
import { type EventPerson, type MeetAtEventInput, type MeetResult, meetAtEventSchema } from './schema.js';

/** The person a `met` refers to: someone you know by id or name, else a new person. */
async function findOrCreate(
  deps: Deps,
  input: { personId?: string; person?: string; newPerson?: CreatePersonInput },
  howMet: { howMet: string; metOn: string },
): Promise<{ person: Person; created: boolean }> {
  if (input.personId !== undefined) return { person: await getPerson(deps, input.personId), created: false };
  if (input.person !== undefined) {
    try {
      return { person: await resolvePerson(deps, input.person), created: false };
    } catch (error) {
      if (!isKithError(error) || error.code !== 'PERSON_NOT_FOUND') throw error;
    }
  }
  const fields: CreatePersonInput = input.newPerson ?? { displayName: input.person ?? '' };
  const person = await createPerson(deps, {
    ...fields,
    howMet: fields.howMet ?? howMet.howMet,
    metOn: fields.metOn ?? howMet.metOn,
  });
  return { person, created: true };
}

/** The moment of a meeting: when the client says it happened, but never later than now (a phone's clock may run fast). */
function meetingTime(metAt: string | undefined, now: Date): Date {
  if (metAt === undefined) return now;
  const at = new Date(metAt);
  return at < now ? at : now;
}

/**
 * Records that you met someone at an event, in one transaction: creates them when they
 * are new, links them as met (with what you talked about), opens their follow-up, logs
 * the meeting as their first interaction (on today, or the event's last day if it is
 * over) and marks a planned event attended. Meeting someone already listed as attending upgrades the link; meeting them
 * again only updates the note. A failure at any step leaves nothing.
 */
export async function meetAtEvent(deps: Deps, eventId: string, input: MeetAtEventInput): Promise<MeetResult> {
  const data = parseInput(meetAtEventSchema, input);
  const metAt = meetingTime(data.metAt, deps.now());
  return inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, eventId);
    const { today, timeZone } = await userClock(tx.repos, metAt);
    if (today < event.startsOn) {
      throw new KithError(
        'VALIDATION_FAILED',
        `event: ${event.name} starts on ${event.startsOn}, so nobody can have been met there yet`,
      );
    }
    // One day for the meeting everywhere: the person's "met on", the interaction and the follow-up (see meetingDay).
    const metOn = meetingDay(event, today);
    await requireOwned(tx.repos, [{ field: 'personId', kind: 'person', ids: data.personId }]);
    const { person, created } = await findOrCreate(tx, data, { howMet: `Met at ${event.name}`, metOn });
    const existing = await tx.repos.events.getLink(event.id, person.id);
    if (existing?.relation === 'met') {
      const link: EventPerson = { ...existing, note: data.note ?? existing.note };
      await tx.repos.events.saveLink(link);
      return { event, person: { id: person.id, displayName: person.displayName }, created, link, interactionId: null };
    }
    const link: EventPerson = {
      eventId: event.id,
      personId: person.id,
      relation: 'met',
      note: data.note ?? existing?.note ?? null,
      followUp: 'pending',
      followUpAt: null,
      // The meeting's moment, even for someone listed as attending before: its day is read
      // from it (meetingDay). Recorded after the event, the end of its last day, so the day
      // stays the interaction's if the event's dates are widened later.
      createdAt: (metOn < today ? zonedTimeToInstant(`${metOn}T23:59:59`, timeZone) : metAt).toISOString(),
    };
    await tx.repos.events.saveLink(link);
    // Recorded during the event, the meeting keeps its moment; after it, it is on the last day.
    const occurredAt = metOn < today ? metOn : data.metAt === undefined ? undefined : metAt.toISOString();
    const interaction = await recordInteraction(
      tx.repos,
      {
        personIds: [person.id],
        occurredAt,
        kind: 'event',
        summary: `Met at ${event.name}`,
        notes: data.note,
        eventId: event.id,
      },
      deps.now(),
    );
    // Meeting someone there means you went: a planned event is now attended (its organization lists it).
    const attended =
      event.status === 'planned'
        ? { ...event, status: 'attended' as const, updatedAt: deps.now().toISOString() }
        : event;
    if (attended !== event) await tx.repos.events.save(attended);
    return {
      event: attended,
      person: { id: person.id, displayName: person.displayName },
      created,
      link,
      interactionId: interaction.id,
    };
  });
}
