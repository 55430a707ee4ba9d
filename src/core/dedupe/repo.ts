import type { DedupePerson } from './find-duplicates.js';

/**
 * What finding and merging duplicates needs from storage beyond each feature's own
 * repository, already scoped to one owner: what dedupe compares, and moving one person's
 * references to another.
 */
export type MergeRepo = {
  /**
   * Every person, with only what dedupe compares, in name order (sort name, then id), a
   * page at a time: not whole people, and not all at once (at 100,000 people the rows
   * were most of the memory).
   */
  dedupeCandidates(): AsyncIterable<DedupePerson[]>;
  /** Moves interaction participation; where both took part, the kept person's row stays and the other's goes. */
  moveParticipants(from: string, to: string): Promise<void>;
  moveReminders(from: string, to: string): Promise<void>;
  moveOccasions(from: string, to: string): Promise<void>;
  /** Drops a person's keep-in-touch state (snooze, drift silence) and daily-list suggestion days. */
  dropContactState(personId: string): Promise<void>;
  moveShares(from: string, to: string): Promise<void>;
  deleteShares(ids: readonly string[]): Promise<void>;
  /** Moves introductions on either side. */
  moveIntroductions(from: string, to: string): Promise<void>;
  deleteIntroductions(ids: readonly string[]): Promise<void>;
  /** Moves event links; where both are linked to one event, the other's link goes (combine into the kept one first). */
  moveEventLinks(from: string, to: string): Promise<void>;
  /** Moves affiliations; where both have one with an organization, the other's goes (combine first). */
  moveAffiliations(from: string, to: string): Promise<void>;
};
