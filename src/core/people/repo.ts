import type { IndexAnswer, IndexKey, IndexWord } from '../matching/retrieval.js';
import type { Page } from '../shared/pagination.js';
import type { PreparedIndexing } from './indexing.js';
import type { ArchivedFilter, Person, PersonFilter } from './schema.js';

export type PersonValueKind = 'email' | 'phone' | 'link' | 'tag' | 'topic' | 'offer' | 'need';
/** The kinds of values people are matched by (imports, duplicates): each has a stored key. */
export type PersonKeyKind = 'email' | 'phone' | 'link';

/** `archived`: leave archived people out (`exclude`), find them too (`include`), or find only them (`only`). */
export type PersonSearch = { query: string; limit: number; archived: ArchivedFilter };

/** What the people use-cases need from storage, already scoped to one owner. */
export type PeopleRepo = {
  /**
   * Stores new people. `prepared`, when given, is their indexing computed ahead (in an
   * import's worker thread); it is used where its phone region is the owner's, computed anew where not.
   */
  insert(people: readonly Person[], prepared?: PreparedIndexing): Promise<void>;
  /**
   * Runs `write`, which stores many people (an import's batches), inside the caller's
   * transaction. Where no one has people yet, SQLite builds the person table's secondary
   * indexes once after it rather than row by row (ADR 0055); a failure rolls them back with
   * the rest. Anything written is readable during `write` as usual.
   */
  bulkLoad<T>(write: () => Promise<T>): Promise<T>;
  get(id: string): Promise<Person | undefined>;
  getMany(ids: readonly string[]): Promise<Person[]>;
  /** Replaces a stored person (fields, values and search text) with this one. */
  save(person: Person): Promise<void>;
  /** Deletes a person; their address-book card is reported gone from the next card revision on. */
  remove(id: string): Promise<boolean>;
  /**
   * Gives these people's address-book cards a new revision (a new ETag, reported by the next
   * sync): for a card change outside the person's own fields (the raw vCard properties kept).
   * A person's own card-changing writes (insert, save) are stamped by the repository itself.
   */
  markCardsChanged(ids: readonly string[]): Promise<void>;
  list(filter: PersonFilter): Promise<Page<Person>>;
  /** Every person, archived or not, in name order: for engines that rank the whole network. */
  all(): Promise<Person[]>;
  count(): Promise<number>;
  search(search: PersonSearch): Promise<Person[]>;
  /**
   * For each question, the index keys of people whose profile text (the word index:
   * everything but their names) has all its words, at most `cap` of them, and whether
   * that was all: matching reads its candidates from the index, not the whole network.
   * On SQLite the index is shared by every owner: `getByIndexKeys` keeps this owner's.
   */
  findByIndexWords(queries: readonly (readonly IndexWord[])[], cap: number): Promise<IndexAnswer[]>;
  /** This owner's people not archived behind these index keys, in any order. */
  getByIndexKeys(keys: readonly IndexKey[]): Promise<Person[]>;
  /** People whose display name, nickname or given+family name equals this, ignoring case and accents. */
  findByName(name: string): Promise<Person[]>;
  /** Ids of people holding this value, compared by its normalized key. */
  findByValue(kind: PersonKeyKind, key: string): Promise<string[]>;
  /** For each key of this kind held by someone, the ids holding it: one query per batch, not per key. */
  findByValues(kind: PersonKeyKind, keys: readonly string[]): Promise<Map<string, string[]>>;
  /** Points introducedById at `to` wherever it points at `from` (merging two people). */
  moveIntroducedBy(from: string, to: string): Promise<void>;
  /** Clears introducedById wherever it points at this person. */
  clearIntroducedBy(id: string): Promise<void>;
  /** Recomputes the keys of stored phone numbers for a new phone region (numbers written without + change). */
  rekeyPhones(region: string): Promise<void>;
};
