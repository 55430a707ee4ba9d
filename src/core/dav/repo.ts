import type { CardClock } from './schema.js';

/** A card in the address book: whose it is, its name (href, the last path segment), revision and the clock's epoch. */
export type CardEntry = CardClock & { personId: string; href: string };

/** What a card is besides its person's fields: its name, its UID and the properties kept raw (from a phone). */
export type StoredCard = { href: string; uid: string; extras: string[] };

/** What the CardDAV use-cases need from storage, scoped to one owner. */
export type DavRepo = {
  /** The owner's latest card revision and its epoch: the sync token's value now. */
  clock(): Promise<CardClock>;
  /** Starts a new epoch of the clock (a restore): no ETag or sync token from before matches after. */
  startEpoch(epoch: string): Promise<void>;
  /** Every card of people not archived. */
  list(): Promise<CardEntry[]>;
  /** The person a card name belongs to (archived or not), or undefined. */
  find(href: string): Promise<(CardEntry & { archived: boolean }) | undefined>;
  /** `find` for many names at once (a multiget), by name; names of no one are left out. */
  findMany(hrefs: readonly string[]): Promise<Map<string, CardEntry & { archived: boolean }>>;
  /**
   * The card in the address book (its person not archived) known by this UID: one whose
   * phone chose the UID, or a card kith made (`urn:kith:<id>`), or undefined.
   */
  findByUid(uid: string): Promise<CardEntry | undefined>;
  /** The names and extras kept for these people (only those with any). */
  extras(personIds: readonly string[]): Promise<Map<string, StoredCard>>;
  /** Cards written since a revision (archived people are gone), and names gone since it. */
  changesSince(revision: number): Promise<{ changed: CardEntry[]; gone: string[] }>;
  /** Keeps a card's name, UID and raw properties for a person (the name is no longer gone). */
  saveExtras(personId: string, card: StoredCard): Promise<void>;
  /** Records that a card name is gone, at a new revision (its person moved to another name). */
  markGone(href: string): Promise<void>;
};
