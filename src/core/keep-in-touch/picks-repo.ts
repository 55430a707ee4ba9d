import type { Tier } from '../people/schema.js';

/** The daily list's own picks: a dormant tie (`reconnect`) or a plain `hello`. */
export type PickKind = 'reconnect' | 'hello';
export type TodayPick = { kind: PickKind; shownOn: string; personId: string; dismissedOn: string | null };

/** Someone once in regular touch: how often, how long ago, and what they care about. */
export type DormantRow = {
  id: string;
  name: string;
  tier: Tier;
  lastInteractionOn: string;
  interactions: number;
  topics: string[];
  needs: string[];
  offers: string[];
};

/** Someone in an outer tier, and the last day you were in touch. */
export type SilentRow = { id: string; name: string; tier: Tier; lastInteractionOn: string };

/** A saved item's topics, for what the user follows. */
export type SavedInterest = { title: string; topics: string[] };

/** A person of a tier with the day you were last in touch (null: never). */
export type TierMember = { id: string; name: string; lastInteractionOn: string | null };

/** Storage for the dormant tie, the plain hello, tier-size advice and tier suggestions. */
export type TodayPicksRepo = {
  /** Picks shown on or after this day, of every kind. */
  picks(since: string): Promise<TodayPick[]>;
  /** Records a pick (nothing if that kind already has one that day). */
  recordPick(pick: Omit<TodayPick, 'dismissedOn'>): Promise<void>;
  /** Marks this person's picks of the kind dismissed; returns how many there were. */
  dismiss(kind: PickKind, personId: string, on: string): Promise<number>;
  /**
   * Not archived, not snoozed people of these tiers last in touch between the two days,
   * with at least `minInteractions` interactions: the `limit` most recently gone quiet,
   * or the given people only.
   */
  dormant(query: {
    today: string;
    tiers: readonly Tier[];
    lastOnOrBefore: string;
    lastOnOrAfter: string;
    minInteractions: number;
    limit: number;
    personIds?: readonly string[];
  }): Promise<DormantRow[]>;
  /** Not archived, not snoozed people of these tiers, longest silence first (people never contacted left out). */
  silentLongest(query: { tiers: readonly Tier[]; today: string; limit: number }): Promise<SilentRow[]>;
  /** Topics of saved items not archived, newest first. */
  savedInterests(limit: number): Promise<SavedInterest[]>;
  /** How many people (not archived) each tier holds. */
  tierSizes(tiers: readonly Tier[]): Promise<Record<Tier, number>>;
  /** The people of a tier you have been in least touch with (never first), up to `limit`. */
  leastInTouch(tier: Tier, limit: number): Promise<TierMember[]>;
  /** Sizes at which tier-size advice was answered, per tier. */
  tierAdviceAnswers(): Promise<Partial<Record<Tier, number>>>;
  answerTierAdvice(tier: Tier, size: number, on: string): Promise<void>;
  /**
   * Per person (not archived): tier, the day they were added, how many interactions from
   * `since` to `until` (both included), and their first interaction of all. With `until`,
   * a preview of another day: only interactions on or before it count.
   */
  interactionCounts(
    since: string,
    until?: string,
  ): Promise<(TierMember & { tier: Tier; family: boolean; addedOn: string; count: number; firstOn: string | null })[]>;
};
