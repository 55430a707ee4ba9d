import { type Deps, inTransaction } from '../repos.js';
import { getReminder } from './get-reminder.js';
import type { Reminder } from './schema.js';

export async function deleteReminder(deps: Deps, id: string): Promise<Reminder> {
  return inTransaction(deps, async (tx) => {
    const reminder = await getReminder(tx, id);
    await tx.repos.reminders.remove(id);
    return reminder;
  });
}
