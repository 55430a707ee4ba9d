import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { followUpDueOn, isFollowedUp, lastDay } from './rules.js';
import { type EventPerson, type FollowUp, followUpFilterSchema } from './schema.js';

/**
 * People met at events whose follow-up is open: not dismissed, and no interaction with
 * them since (other than the meeting itself). Due the follow-up window (a setting,
 * default 2 days) after the event ends; soonest due first.
 */
export async function pendingFollowUps(repos: OwnerRepos, filter: { eventId?: string } = {}): Promise<FollowUp[]> {
  const { followUpDays } = await repos.settings.get();
  const links = await repos.events.links({
    followUp: 'pending',
    ...(filter.eventId ? { eventIds: [filter.eventId] } : {}),
  });
  if (links.length === 0) return [];
  const events = new Map((await repos.events.getMany(links.map((l) => l.eventId))).map((e) => [e.id, e]));
  const people = new Map((await repos.people.getMany(links.map((l) => l.personId))).map((p) => [p.id, p]));
  const earliest = [...events.values()].map((event) => event.startsOn).sort()[0] ?? '0000-01-01';
  const days = await repos.events.interactionDays(
    links.map((l) => l.personId),
    earliest,
  );
  const followUps: FollowUp[] = [];
  for (const link of links) {
    const event = events.get(link.eventId);
    const person = people.get(link.personId);
    if (!event || !person || person.archived || event.status === 'skipped') continue;
    if (
      isFollowedUp(
        event,
        days.filter((day) => day.personId === person.id),
      )
    )
      continue;
    followUps.push({
      personId: person.id,
      personName: person.displayName,
      eventId: event.id,
      eventName: event.name,
      metOn: lastDay(event),
      dueOn: followUpDueOn(event, followUpDays),
      note: link.note,
    });
  }
  return followUps.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.personName.localeCompare(b.personName));
}

/** Who you met and have not followed up with, optionally at one event. */
export async function listFollowUps(deps: Deps, filter: { eventId?: string } = {}): Promise<FollowUp[]> {
  const { eventId } = parseInput(followUpFilterSchema, filter);
  if (eventId) await getEvent(deps, eventId);
  return pendingFollowUps(deps.repos, { eventId });
}

/** Closes the follow-up with someone met at an event without logging an interaction. */
export async function dismissFollowUp(deps: Deps, eventId: string, personId: string): Promise<EventPerson> {
  return deps.repos.transaction(async (repos) => {
    const scoped = { ...deps, repos };
    const event = await getEvent(scoped, eventId);
    const person = await getPerson(scoped, personId);
    const link = await repos.events.getLink(event.id, person.id);
    if (link?.relation !== 'met') {
      throw new KithError('NOT_FOUND', `${person.displayName} is not recorded as met at ${event.name}`);
    }
    const dismissed: EventPerson = { ...link, followUp: 'dismissed', followUpAt: deps.now().toISOString() };
    await repos.events.saveLink(dismissed);
    return dismissed;
  });
}
