import { type Deps, inTransaction } from '../repos.js';
import { getReminder } from './get-reminder.js';
import type { Reminder } from './schema.js';

/** Marks a reminder done; completing it again keeps the first completion time. */
export async function completeReminder(deps: Deps, id: string): Promise<Reminder> {
  return inTransaction(deps, async (tx) => {
    const current = await getReminder(tx, id);
    if (current.doneAt) return current;
    const at = deps.now().toISOString();
    const done: Reminder = { ...current, doneAt: at, updatedAt: at };
    await tx.repos.reminders.save(done);
    return done;
  });
}
