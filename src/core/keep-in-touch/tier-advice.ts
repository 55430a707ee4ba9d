import type { Tier } from '../people/schema.js';
import { lowerTier } from './cadence.js';
import type { TierMember } from './picks-repo.js';
import type { TierAdvice } from './schema.js';

/**
 * Personal networks fall into layers of about 5, 15, 50 and 150 people (Dunbar; seen
 * again in call data, arXiv:1604.02400): a tier that outgrows its layer cannot be kept.
 * `inner` is the inner tier alone, `close` inner and close together.
 */
export type AdviceCheck = {
  tier: TierAdvice['tier'];
  size: number;
  limit: number;
  /** How many to offer to move out. */
  excess: number;
  /** The tier whose least-in-touch people are offered. */
  from: Tier;
};

/**
 * Which layer, if any, has outgrown its limit and not been answered at this size or
 * larger; said once: an answer silences it until the layer grows past the size answered at.
 */
export function tierAdviceCheck(
  sizes: Record<Tier, number>,
  limits: { innerTierSize: number; innerAndCloseSize: number },
  answered: Partial<Record<Tier, number>>,
): AdviceCheck | null {
  const checks: AdviceCheck[] = [
    {
      tier: 'inner',
      size: sizes.inner,
      limit: limits.innerTierSize,
      excess: sizes.inner - limits.innerTierSize,
      from: 'inner',
    },
    {
      tier: 'close',
      size: sizes.inner + sizes.close,
      limit: limits.innerAndCloseSize,
      excess: Math.min(sizes.inner + sizes.close - limits.innerAndCloseSize, sizes.close),
      from: 'close',
    },
  ];
  return checks.find((check) => check.excess > 0 && check.size > (answered[check.tier] ?? 0)) ?? null;
}

/** At most this many people are offered to move out at once. */
export const ADVICE_PEOPLE = 10;

export function tierAdvice(check: AdviceCheck, leastInTouch: readonly TierMember[]): TierAdvice {
  const toTier = lowerTier(check.from) ?? check.from;
  const layer =
    check.tier === 'inner'
      ? `Your inner tier holds ${check.size} people; about ${check.limit} is what a life keeps that close`
      : `Your inner and close tiers hold ${check.size} people; about ${check.limit} is what a life keeps that close`;
  return {
    tier: check.tier,
    size: check.size,
    limit: check.limit,
    message: `${layer}. Move the ${leastInTouch.length === 1 ? 'one' : leastInTouch.length} you have been in least touch with to ${toTier}?`,
    people: leastInTouch.map((member) => ({ ...member, toTier })),
  };
}
