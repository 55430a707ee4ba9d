import type { Deps } from '../repos.js';
import { getEvent } from './resolve-event.js';
import type { EventView } from './schema.js';

/** An event with its organization and the people met there, then those attending, each by name. */
export async function viewEvent(deps: Deps, id: string): Promise<EventView> {
  const event = await getEvent(deps, id);
  const organization = event.organizationId ? await deps.repos.organizations.get(event.organizationId) : undefined;
  const links = await deps.repos.events.linksForEvent(id);
  const people = new Map((await deps.repos.people.getMany(links.map((l) => l.personId))).map((p) => [p.id, p]));
  return {
    event,
    organization: organization ? { id: organization.id, name: organization.name } : null,
    people: links
      .map(({ eventId: _event, personId, ...link }) => ({
        id: personId,
        displayName: people.get(personId)?.displayName ?? '',
        ...link,
      }))
      .sort(
        (a, b) =>
          Number(b.relation === 'met') - Number(a.relation === 'met') || a.displayName.localeCompare(b.displayName),
      ),
  };
}
