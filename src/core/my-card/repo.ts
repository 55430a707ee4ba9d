import type { MyCard } from './schema.js';

export type StoredCardLink = { secretHash: string; createdAt: string; lastFetchedAt: string | null };

/** Your own card (one per owner) and the hash of its link's secret. */
export type CardRepo = {
  getCard(): Promise<MyCard | undefined>;
  saveCard(card: MyCard, updatedAt: string): Promise<void>;
  /** What a card starts from before it is saved: the account's display name and email. */
  accountDefaults(): Promise<{ name: string; email: string }>;
  getLink(): Promise<StoredCardLink | undefined>;
  /** Creates or replaces the link: the old secret stops working in the same write. */
  saveLink(link: { secretHash: string; createdAt: string }): Promise<void>;
  removeLink(): Promise<boolean>;
  markFetched(at: string): Promise<void>;
};
