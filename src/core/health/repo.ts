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
};
