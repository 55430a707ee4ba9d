import type { GiftSuggestion, Share } from './schema.js';

export type SharesRepo = {
  insert(share: Share): Promise<void>;
  /** Deletes one share (taking a share back); false when there was none. */
  remove(id: string): Promise<boolean>;
  /** Shares of one item, oldest first. */
  listForItem(itemId: string): Promise<Share[]>;
  /** Shares to one person, oldest first. */
  listForPerson(personId: string): Promise<Share[]>;
  /** Every item and person the daily list proposed, and the day: a pair is proposed once. */
  listGiftSuggestions(): Promise<GiftSuggestion[]>;
  recordGiftSuggestion(suggestion: GiftSuggestion): Promise<void>;
};
