import { type SnoozeInput, snoozeSchema } from '../keep-in-touch/schema.js';
import { snoozeEnd } from '../keep-in-touch/snooze-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getReminder } from './get-reminder.js';
import type { Reminder } from './schema.js';

/** Hides a reminder until a date (`until`) or for a while from today (`for: '2w'`). */
export async function snoozeReminder(deps: Deps, id: string, input: SnoozeInput): Promise<Reminder> {
  const data = parseInput(snoozeSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getReminder(tx, id);
    const snoozed: Reminder = {
      ...current,
      snoozedUntil: await snoozeEnd(tx.repos, data, deps.now()),
      updatedAt: deps.now().toISOString(),
    };
    await tx.repos.reminders.save(snoozed);
    return snoozed;
  });
}
