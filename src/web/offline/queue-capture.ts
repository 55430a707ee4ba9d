import type { CreatePersonInput } from '../api/people.js';
import { addToOutbox } from './outbox.js';

/**
 * Puts a capture in the outbox: someone new or known, met at an event (linked as met, with
 * what matters there and the moment it happened) or, without one, a plain new person. It
 * is sent right away when there is a connection, else when one returns.
 */
export async function queueCapture(options: {
  userId: string;
  eventId: string | null;
  input: CreatePersonInput;
  existing?: { id: string; displayName: string };
  note: string | null;
}): Promise<string> {
  const { userId, eventId, input, existing, note } = options;
  const id = crypto.randomUUID();
  const label = existing?.displayName ?? input.displayName;
  if (eventId === null) {
    await addToOutbox({ id, userId, kind: 'capture', label, path: '/people', body: input, eventId: null });
    return id;
  }
  const who = existing ? { personId: existing.id } : { newPerson: input };
  await addToOutbox({
    id,
    userId,
    kind: 'capture',
    label,
    path: `/events/${encodeURIComponent(eventId)}/met`,
    body: { ...who, note, metAt: new Date().toISOString() },
    eventId,
  });
  return id;
}

/** Puts an interaction in the outbox, dated now (not when it is sent) unless it names its day. */
export async function queueInteraction(options: {
  userId: string;
  people: readonly { id: string; displayName: string }[];
  eventId: string | null;
  kind?: string;
  summary: string;
  /** The longer text: a follow-up's message as it was sent. */
  notes?: string;
  occurredAt?: string;
}): Promise<void> {
  const { userId, people, eventId, kind = 'meeting', summary, notes, occurredAt = new Date().toISOString() } = options;
  const names = people.map((person) => person.displayName).join(', ');
  await addToOutbox({
    id: crypto.randomUUID(),
    userId,
    kind: 'interaction',
    label: summary ? `${summary} (${names})` : `${kind} with ${names}`,
    path: '/interactions',
    body: {
      personIds: people.map((person) => person.id),
      kind,
      summary,
      ...(notes ? { notes } : {}),
      eventId,
      occurredAt,
    },
    eventId,
  });
}
