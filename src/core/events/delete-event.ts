import { type Deps, inTransaction } from '../repos.js';
import { getEvent } from './resolve-event.js';
import type { DeleteEventResult } from './schema.js';

/**
 * Deletes an event and its people links, never the people or their interactions (those
 * logged there lose the event); the result says how many of each were unlinked.
 */
export async function deleteEvent(deps: Deps, id: string): Promise<DeleteEventResult> {
  return inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, id);
    const interactions = await tx.repos.events.unlinkInteractions(id);
    const { links } = await tx.repos.events.remove(id);
    return { event, unlinked: { people: links, interactions } };
  });
}
