import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { type DraftInput, draftOpener } from './draft.js';
import type { ReconnectionDraft } from './schema.js';

/**
 * A drafted opener for a dormant tie or someone overdue: when you last spoke, and an
 * event or organization you share; your last note beside it, for you, never in it.
 * Shown to copy or send yourself.
 */
export async function draftReconnection(deps: Deps, personId: string): Promise<ReconnectionDraft> {
  const { repos } = deps;
  const person = await getPerson(deps, personId);
  const { today } = await userClock(repos, deps.now());
  const [[last], links, affiliations] = await Promise.all([
    repos.interactions.list({ personId: person.id, limit: 1 }),
    repos.events.links({ personId: person.id }),
    repos.organizations.affiliations({ personId: person.id }),
  ]);

  const events = await repos.events.getMany(links.map((link) => link.eventId));
  const upcoming = events
    .filter((event) => event.status === 'planned' && event.startsOn >= today)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1))[0];
  const attended = events
    .filter((event) => event.status === 'attended' && event.startsOn <= today)
    .sort((a, b) => (a.startsOn > b.startsOn ? -1 : 1))[0];
  const event = upcoming ?? attended;

  let sharedOrganization: DraftInput['sharedOrganization'] = null;
  for (const affiliation of affiliations.filter((a) => a.current)) {
    const organization = await repos.organizations.get(affiliation.organizationId);
    if (organization?.membership) {
      sharedOrganization = { name: organization.name };
      break;
    }
  }

  const text = draftOpener({
    firstName: person.nickname ?? person.givenName ?? person.displayName,
    today,
    lastInteraction: last ? { occurredOn: last.occurredOn } : null,
    sharedEvent: event ? { name: event.name, startsOn: event.startsOn, upcoming: event === upcoming } : null,
    sharedOrganization,
  });
  return {
    personId: person.id,
    personName: person.displayName,
    text,
    lastNote: last ? last.notes?.trim() || last.summary : null,
    sharedEvent: event?.name ?? null,
    sharedOrganization: sharedOrganization?.name ?? null,
  };
}
