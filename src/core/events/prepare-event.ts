import type { Deps } from '../repos.js';
import { lastContactFromEvents } from './contact.js';
import { prepareForEvent } from './prep.js';
import { getEvent } from './resolve-event.js';
import type { EventPrep } from './schema.js';

/** Who to look for at an event and whom to ask to a meal (see prep.ts for the rules). */
export async function prepareEvent(deps: Deps, id: string): Promise<EventPrep> {
  const event = await getEvent(deps, id);
  const today = deps.now().toISOString().slice(0, 10);
  const [people, events, links, affiliations] = await Promise.all([
    deps.repos.people.all(),
    deps.repos.events.list({ limit: 100_000 }),
    deps.repos.events.links(),
    event.organizationId
      ? deps.repos.organizations.affiliations({ organizationId: event.organizationId })
      : Promise.resolve([]),
  ]);
  return prepareForEvent({
    event,
    people,
    attendingIds: new Set(links.filter((link) => link.eventId === event.id).map((link) => link.personId)),
    affiliatedIds: new Set(affiliations.filter((a) => a.current).map((a) => a.personId)),
    lastContact: lastContactFromEvents(people, events, links, today),
  });
}
