import type { Reminder } from './schema.js';

export type RemindersRepo = {
  insert(reminder: Reminder): Promise<void>;
  get(id: string): Promise<Reminder | undefined>;
  save(reminder: Reminder): Promise<void>;
  remove(id: string): Promise<boolean>;
  /** Open reminders, by due date (a snoozed one is due when its snooze ends); only those due by `dueBy` when given. */
  listOpen(filter: { dueBy?: string }): Promise<Reminder[]>;
};
