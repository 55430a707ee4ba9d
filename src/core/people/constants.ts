/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

export const tiers = ['inner', 'close', 'regular', 'acquaintance'] as const;
