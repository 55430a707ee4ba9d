import type { Deps } from '../repos.js';
import { getReminder } from './get-reminder.js';
import type { Reminder } from './schema.js';

export async function deleteReminder(deps: Deps, id: string): Promise<Reminder> {
  return deps.repos.transaction(async (repos) => {
    const reminder = await getReminder({ ...deps, repos }, id);
    await repos.reminders.remove(id);
    return reminder;
  });
}
