import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { lastContact } from './contact.js';
import { prepareForEvent } from './prep.js';
import { getEvent } from './resolve-event.js';
import type { EventPrep } from './schema.js';

/** Who to look for at an event and whom to ask to a meal (see prep.ts for the rules). */
export async function prepareEvent(deps: Deps, id: string): Promise<EventPrep> {
  const event = await getEvent(deps, id);
  const { today } = await userClock(deps.repos, deps.now());
  const [people, events, links, history, affiliations] = await Promise.all([
    deps.repos.events.networkPeople(),
    deps.repos.events.list({ limit: 100_000 }),
    deps.repos.events.links(),
    deps.repos.events.contactHistory(),
    event.organizationId
      ? deps.repos.organizations.affiliations({ organizationId: event.organizationId })
      : Promise.resolve([]),
  ]);
  return prepareForEvent({
    event,
    people,
    // Only who will be there: someone already met there is a follow-up, not someone to look for.
    attendingIds: new Set(
      links.filter((link) => link.eventId === event.id && link.relation === 'attending').map((link) => link.personId),
    ),
    affiliatedIds: new Set(affiliations.filter((a) => a.current).map((a) => a.personId)),
    lastContact: lastContact(people, events, links, history, today),
  });
}
