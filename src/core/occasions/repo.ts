import type { StoredOccasion } from './schema.js';

export type OccasionsRepo = {
  insert(occasion: StoredOccasion): Promise<void>;
  get(id: string): Promise<StoredOccasion | undefined>;
  remove(id: string): Promise<boolean>;
  listForPerson(personId: string): Promise<StoredOccasion[]>;
  /** Occasions whose month and day (MM-DD) is one of these. */
  onMonthDays(monthDays: readonly string[]): Promise<StoredOccasion[]>;
};
