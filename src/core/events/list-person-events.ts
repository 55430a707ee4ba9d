import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import type { PersonEvent } from './schema.js';

/** The events a person is linked to (met there, or attending), latest first. */
export async function listPersonEvents(deps: Deps, personId: string): Promise<PersonEvent[]> {
  const person = await getPerson(deps, personId);
  const links = await deps.repos.events.links({ personId: person.id });
  const events = new Map((await deps.repos.events.getMany(links.map((link) => link.eventId))).map((e) => [e.id, e]));
  return links
    .flatMap((link) => {
      const event = events.get(link.eventId);
      return event ? [{ event, link }] : [];
    })
    .sort((a, b) => b.event.startsOn.localeCompare(a.event.startsOn) || a.event.name.localeCompare(b.event.name));
}
