/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

/**
 * An introduction's path: suggested → asked A → asked B → made (both agreed) or
 * declined → followed up. Each step keeps its date.
 */
export const introductionStatuses = ['suggested', 'asked-a', 'asked-b', 'made', 'declined', 'followed-up'] as const;

/**
 * The double opt-in: ask A, then B, and make the introduction only once both agreed;
 * either may decline; a made introduction is followed up.
 */
export const introductionSteps = {
  suggested: ['asked-a', 'declined'],
  'asked-a': ['asked-b', 'declined'],
  'asked-b': ['made', 'declined'],
  made: ['followed-up'],
  declined: [],
  'followed-up': [],
} as const satisfies Record<(typeof introductionStatuses)[number], readonly (typeof introductionStatuses)[number][]>;
