import type { StoredOccasion } from './schema.js';

export type OccasionsRepo = {
  insert(occasion: StoredOccasion): Promise<void>;
  get(id: string): Promise<StoredOccasion | undefined>;
  remove(id: string): Promise<boolean>;
  listForPerson(personId: string): Promise<StoredOccasion[]>;
  /** The occasions of these people (a card each: the export, the address book), by person, each list as `listForPerson`'s. */
  listForPeople(personIds: readonly string[]): Promise<Map<string, StoredOccasion[]>>;
  /** Occasions whose month and day (MM-DD) is one of these. */
  onMonthDays(monthDays: readonly string[]): Promise<StoredOccasion[]>;
};
