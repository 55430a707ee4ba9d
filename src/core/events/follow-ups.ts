import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction, type OwnerRepos } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { effectiveTimeZone, localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { followUpDueOn, meetingDay } from './rules.js';
import { type EventPerson, type FollowUp, followUpFilterSchema } from './schema.js';

/**
 * People met at events whose follow-up is open: not dismissed, and no interaction with
 * them since the event began other than the meeting itself (see the repository). Due the
 * follow-up window (a setting, default 2 days) after the event ends; soonest due first.
 */
export async function pendingFollowUps(
  repos: OwnerRepos,
  filter: { eventId?: string; endedOnOrAfter?: string } = {},
): Promise<FollowUp[]> {
  const [{ followUpDays, timeZone }, open] = await Promise.all([
    repos.settings.get(),
    repos.events.openFollowUps(filter),
  ]);
  const zone = effectiveTimeZone(timeZone);
  return open
    .map(({ personId, personName, event, note, linkedAt }) => ({
      personId,
      personName,
      eventId: event.id,
      eventName: event.name,
      metOn: meetingDay(event, localDateOf(new Date(linkedAt), zone)),
      dueOn: followUpDueOn(event, followUpDays),
      note,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.personName.localeCompare(b.personName));
}

/** Who you met and have not followed up with, optionally at one event. */
export async function listFollowUps(deps: Deps, filter: { eventId?: string } = {}): Promise<FollowUp[]> {
  const { eventId } = parseInput(followUpFilterSchema, filter);
  await requireOwned(deps.repos, [{ field: 'eventId', kind: 'event', ids: eventId }]);
  return pendingFollowUps(deps.repos, { eventId });
}

/** Closes the follow-up with someone met at an event without logging an interaction. */
export async function dismissFollowUp(deps: Deps, eventId: string, personId: string): Promise<EventPerson> {
  return inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, eventId);
    const person = await getPerson(tx, personId);
    const link = await tx.repos.events.getLink(event.id, person.id);
    if (link?.relation !== 'met') {
      throw new KithError('NOT_FOUND', `${person.displayName} is not recorded as met at ${event.name}`);
    }
    const dismissed: EventPerson = { ...link, followUp: 'dismissed', followUpAt: deps.now().toISOString() };
    await tx.repos.events.saveLink(dismissed);
    return dismissed;
  });
}

/**
 * Opens a dismissed follow-up again (the web's Undo after dismissing, `kith events
 * reopen`): the person is back among those to follow up with, as before.
 */
export async function reopenFollowUp(deps: Deps, eventId: string, personId: string): Promise<EventPerson> {
  return deps.repos.transaction(async (repos) => {
    const scoped = { ...deps, repos };
    const event = await getEvent(scoped, eventId);
    const person = await getPerson(scoped, personId);
    const link = await repos.events.getLink(event.id, person.id);
    if (link?.relation !== 'met') {
      throw new KithError('NOT_FOUND', `${person.displayName} is not recorded as met at ${event.name}`);
    }
    const reopened: EventPerson = { ...link, followUp: 'pending', followUpAt: null };
    await repos.events.saveLink(reopened);
    return reopened;
  });
}
