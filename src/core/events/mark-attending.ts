import { resolvePerson } from '../people/resolve-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { type AttendingInput, attendingSchema, type EventPerson, type MeetResult } from './schema.js';

/** Notes that someone you know will be at an event; someone already met there stays met. */
export async function markAttending(deps: Deps, eventId: string, input: AttendingInput): Promise<MeetResult> {
  const data = parseInput(attendingSchema, input);
  return inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, eventId);
    const person = await resolvePerson(tx, data.person);
    const existing = await tx.repos.events.getLink(event.id, person.id);
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
    await tx.repos.events.saveLink(link);
    return {
      event,
      person: { id: person.id, displayName: person.displayName },
      created: false,
      link,
      interactionId: null,
    };
  });
}
