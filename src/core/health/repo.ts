import type { Tier } from '../people/schema.js';

/** A person not archived, with what their keep-in-touch history needs. */
export type HistoryRow = {
  id: string;
  tier: Tier;
  cadenceDays: number | null;
  /** ISO instant the person was added. */
  createdAt: string;
};

/** What the network-health figures read, for one owner. */
export type HealthRepo = {
  /** Everyone not archived. */
  peopleForHistory(): Promise<HistoryRow[]>;
  /** Each distinct (person, day) with an interaction, ordered by person and day. */
  contactDays(): Promise<{ personId: string; on: string }[]>;
  /** How many people not archived are in each tier (tiers with nobody are left out). */
  peoplePerTier(): Promise<{ tier: Tier; count: number }[]>;
  /** Interactions per month (`YYYY-MM` of the local day each was logged on), from the day `from` on. */
  interactionsPerMonth(from: string): Promise<{ month: string; count: number }[]>;
};
