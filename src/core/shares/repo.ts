import type { Share } from './schema.js';

export type SharesRepo = {
  insert(share: Share): Promise<void>;
  /** Shares of one item, oldest first. */
  listForItem(itemId: string): Promise<Share[]>;
  /** Shares to one person, oldest first. */
  listForPerson(personId: string): Promise<Share[]>;
};
