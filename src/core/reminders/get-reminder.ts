import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import type { Reminder } from './schema.js';

export async function getReminder(deps: Deps, id: string): Promise<Reminder> {
  const reminder = await deps.repos.reminders.get(id);
  if (!reminder) throw new KithError('REMINDER_NOT_FOUND', `No reminder with id ${id}`);
  return reminder;
}
