import { resolvePerson } from '../people/resolve-person.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { type AttendingInput, attendingSchema, type EventPerson, type MeetResult } from './schema.js';

/** Notes that someone you know will be at an event; someone already met there stays met. */
export async function markAttending(deps: Deps, eventId: string, input: AttendingInput): Promise<MeetResult> {
  const data = parseInput(attendingSchema, input);
  return deps.repos.transaction(async (repos) => {
    const scoped = { ...deps, repos };
    const event = await getEvent(scoped, eventId);
    const person = await resolvePerson(scoped, data.person);
    const existing = await repos.events.getLink(event.id, person.id);
    const link: EventPerson = existing
      ? { ...existing, note: data.note ?? existing.note }
      : {
          eventId: event.id,
          personId: person.id,
          relation: 'attending',
          note: data.note,
          followUp: null,
          followUpAt: null,
          createdAt: deps.now().toISOString(),
        };
    await repos.events.saveLink(link);
    return {
      event,
      person: { id: person.id, displayName: person.displayName },
      created: false,
      link,
      interactionId: null,
    };
  });
}
