import { KithError } from '../errors.js';
import { logInteraction } from '../interactions/record-interaction.js';
import { createItem } from '../items/create-item.js';
import { createPeople } from '../people/create-people.js';
import type { Person } from '../people/schema.js';
import { createReminder } from '../reminders/create-reminder.js';
import type { Deps } from '../repos.js';
import { shareItem } from '../shares/share-item.js';
import { generateNetwork } from './generate-network.js';

export const DEMO_SIZE = 40;

export type DemoSummary = { people: number; interactions: number; reminders: number; items: number; shares: number };

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Fills an empty network with a small demo one a newcomer can explore; refuses to touch
 * a network in use. Besides people it logs a few interactions (some long enough ago
 * that those people are due on Today), a couple of reminders, and an article shared once.
 */
export async function loadDemo(deps: Deps): Promise<DemoSummary> {
  if ((await deps.repos.people.count()) > 0) {
    throw new KithError('NOT_EMPTY', 'The demo fills an empty network only; this one already has people');
  }
  const people = await createPeople(deps, generateNetwork({ people: DEMO_SIZE, seed: 2026 }));
  const now = deps.now();
  const kept = people.filter((person) => person.tier !== 'acquaintance');
  const overdue = kept.slice(0, 4);
  const recent = kept.slice(4, 7);

  let interactions = 0;
  for (const [index, person] of overdue.entries()) {
    await logInteraction(deps, {
      personIds: [person.id],
      occurredAt: dayOffset(now, -(140 + index * 15)),
      kind: index % 2 === 0 ? 'meal' : 'call',
      summary: index % 2 === 0 ? `Lunch with ${person.displayName}` : `Catch-up call with ${person.displayName}`,
    });
    interactions += 1;
  }
  for (const [index, person] of recent.entries()) {
    await logInteraction(deps, {
      personIds: [person.id],
      occurredAt: dayOffset(now, -(3 + index * 4)),
      kind: 'message',
      summary: `Messaged ${person.displayName} about ${person.topics[0] ?? 'their work'}`,
    });
    interactions += 1;
  }

  const first = overdue[0] as Person | undefined;
  let reminders = 0;
  if (first) {
    await createReminder(deps, {
      personId: first.id,
      text: `Ask ${first.displayName} how the new role is going`,
      dueOn: dayOffset(now, 2),
    });
    reminders += 1;
  }
  await createReminder(deps, { text: 'Renew the professional association membership', dueOn: dayOffset(now, 10) });
  reminders += 1;

  const topic = recent[0]?.topics[0] ?? 'professional networks';
  const item = await createItem(
    {
      ...deps,
      fetchPage: async (url) => {
        throw new KithError('VALIDATION_FAILED', `the demo does not fetch pages (${url})`);
      },
    },
    {
      text: `A practical guide to ${topic}: what works, what to avoid, and who to ask.`,
      title: `A practical guide to ${topic}`,
      kind: 'article',
      topics: [topic],
    },
  );
  let shares = 0;
  if (recent[0]) {
    await shareItem(deps, { itemId: item.id, personId: recent[0].id, note: 'Thought of you when I read this.' });
    shares += 1;
  }
  return { people: people.length, interactions, reminders, items: 1, shares };
}
