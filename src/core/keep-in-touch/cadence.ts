import type { Tier } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';

/** Days between contacts someone should get: their own override, else their tier's setting (null: never nag). */
export function effectiveCadence(
  person: { tier: Tier; cadenceDays: number | null },
  cadences: Settings['cadences'],
): number | null {
  return person.cadenceDays ?? cadences[person.tier] ?? null;
}

const tierOrder: readonly Tier[] = ['inner', 'close', 'regular', 'acquaintance'];

/** The next tier down, or null for acquaintances (there is nowhere lower to go). */
export function lowerTier(tier: Tier): Tier | null {
  return tierOrder[tierOrder.indexOf(tier) + 1] ?? null;
}

/** Closer tiers weigh more when equally overdue. */
export const tierWeight: Record<Tier, number> = { inner: 1.5, close: 1.25, regular: 1, acquaintance: 1 };
