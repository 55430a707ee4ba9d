import type { ContactHistory } from './repo.js';
import { lastDay } from './rules.js';
import type { EventPerson, KithEvent } from './schema.js';

/** Interaction kinds that mean you saw someone in person. */
export const IN_PERSON_KINDS = ['meeting', 'meal', 'event'] as const;

/** When you last spoke with someone, and when you last saw them in person (YYYY-MM-DD or null). */
export type LastContact = { lastSpokeOn: string | null; lastInPersonOn: string | null };

function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * Last contact per person: their logged interactions (any kind is speaking; a meeting,
 * meal or event is in person), and what events record: meeting or seeing someone at
 * an event you attended, up to today, and the day you first met (person.metOn).
 */
export function lastContact(
  people: readonly { id: string; metOn: string | null }[],
  events: readonly KithEvent[],
  links: readonly EventPerson[],
  history: readonly ContactHistory[],
  today: string,
): Map<string, LastContact> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const contact = new Map<string, LastContact>();
  for (const person of people) {
    const metOn = person.metOn && person.metOn <= today ? person.metOn : null;
    contact.set(person.id, { lastSpokeOn: metOn, lastInPersonOn: metOn });
  }
  for (const link of links) {
    const event = byId.get(link.eventId);
    if (event?.status !== 'attended') continue;
    const day = lastDay(event) <= today ? lastDay(event) : event.startsOn <= today ? today : null;
    if (!day) continue;
    const current = contact.get(link.personId) ?? { lastSpokeOn: null, lastInPersonOn: null };
    contact.set(link.personId, {
      lastSpokeOn: later(current.lastSpokeOn, day),
      lastInPersonOn: later(current.lastInPersonOn, day),
    });
  }
  for (const row of history) {
    const current = contact.get(row.personId) ?? { lastSpokeOn: null, lastInPersonOn: null };
    contact.set(row.personId, {
      lastSpokeOn: later(current.lastSpokeOn, row.lastOn),
      lastInPersonOn: later(current.lastInPersonOn, row.lastInPersonOn),
    });
  }
  return contact;
}
