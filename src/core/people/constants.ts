/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

export const tiers = ['inner', 'close', 'regular', 'acquaintance'] as const;

/** Which people a list or search holds: those not archived (the default), only the archived, or both. */
export const archivedChoices = ['exclude', 'only', 'include'] as const;
