import { type SnoozeInput, snoozeSchema } from '../keep-in-touch/schema.js';
import { snoozeEnd } from '../keep-in-touch/snooze-person.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getReminder } from './get-reminder.js';
import type { Reminder } from './schema.js';

/** Hides a reminder until a date (`until`) or for a while from today (`for: '2w'`). */
export async function snoozeReminder(deps: Deps, id: string, input: SnoozeInput): Promise<Reminder> {
  const data = parseInput(snoozeSchema, input);
  return deps.repos.transaction(async (repos) => {
    const current = await getReminder({ ...deps, repos }, id);
    const snoozed: Reminder = {
      ...current,
      snoozedUntil: await snoozeEnd(repos, data, deps.now()),
      updatedAt: deps.now().toISOString(),
    };
    await repos.reminders.save(snoozed);
    return snoozed;
  });
}
