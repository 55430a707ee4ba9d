import type { OwnerRepos } from '../repos.js';

/**
 * Moves one feature's references from the person merged away (`from`) to the person
 * kept (`to`), inside the merge's transaction. Every feature whose rows point at a
 * person adds a hook here (interactions' participants, shares, event attendance,
 * affiliations, introductions, reminders), so a merge loses nothing.
 */
export type MergeHook = {
  name: string;
  move(repos: OwnerRepos, from: string, to: string): Promise<void>;
};

export const introducedByHook: MergeHook = {
  name: 'people.introducedBy',
  move: (repos, from, to) => repos.people.moveIntroducedBy(from, to),
};

export const mergeHooks: readonly MergeHook[] = [introducedByHook];
