import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { parseInput } from '../shared/validate.js';
import { type ListRemindersInput, listRemindersSchema, type Reminder } from './schema.js';

/** Open reminders due by today (or asOf) in the user's zone; with all, every open one. */
export async function listReminders(deps: Deps, input: ListRemindersInput = {}): Promise<Reminder[]> {
  const filter = parseInput(listRemindersSchema, input);
  if (filter.all) return deps.repos.reminders.listOpen({});
  const dueBy = filter.asOf ?? (await userClock(deps.repos, deps.now())).today;
  return deps.repos.reminders.listOpen({ dueBy });
}
