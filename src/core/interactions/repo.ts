import type { Interaction } from './schema.js';

/** What the interaction use-cases need from storage, already scoped to one owner. */
export type InteractionsRepo = {
  /** Stores interactions with their participants (many at once for imports). */
  insert(interactions: readonly Interaction[]): Promise<void>;
  get(id: string): Promise<Interaction | undefined>;
  save(interaction: Interaction): Promise<void>;
  remove(id: string): Promise<boolean>;
  /** Newest first, optionally only those with one person. */
  list(filter: { personId?: string; limit: number }): Promise<Interaction[]>;
  /**
   * Recomputes each person's last interaction day from their interactions (every
   * person's when no ids are given). Call in the same transaction as every write.
   */
  refreshLastInteraction(personIds?: readonly string[]): Promise<void>;
};
