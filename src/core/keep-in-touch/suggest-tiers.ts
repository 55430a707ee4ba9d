import { type Tier, tiers } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';
import type { TierSuggestion } from './schema.js';

/** The days tier suggestions look back over. */
export const SUGGESTION_WINDOW_DAYS = 365;

/** People kith has seen for fewer days than this are not judged: a month is the least that says how often you talk. */
export const KNOWN_AT_LEAST_DAYS = 30;

/**
 * A person with how often you were in touch in the window, and for how many of its days
 * kith has seen them (since they were added, or their first interaction in it if earlier).
 */
export type Frequency = {
  id: string;
  name: string;
  tier: Tier;
  lastInteractionOn: string | null;
  count: number;
  knownDays: number;
};

/**
 * A tier per person from how often you actually interact (interactions in the last
 * year, or at that rate for someone kith has known a shorter time): the closest tier
 * whose cadence that frequency keeps up with, and no more people in the inner layers than
 * their sizes allow (Dunbar's about 5 and 15); who does not fit moves out, the least in
 * touch first. People never in touch are left as they are, and so are people added less
 * than a month ago (an import of old connections brought no history): kith knows nothing
 * of them yet. Only changes are returned.
 */
export function suggestTiers(
  people: readonly Frequency[],
  settings: Pick<Settings, 'cadences' | 'innerTierSize' | 'innerAndCloseSize'>,
): TierSuggestion[] {
  const perYear = (tier: Tier) => {
    const cadence = settings.cadences[tier];
    return cadence === null ? Number.POSITIVE_INFINITY : 365 / cadence;
  };
  // Inner and close together at most innerAndCloseSize; the other tiers have no bound.
  const room: Record<Tier, number> = {
    inner: settings.innerTierSize,
    close: Math.max(0, settings.innerAndCloseSize - settings.innerTierSize),
    regular: Number.POSITIVE_INFINITY,
    acquaintance: Number.POSITIVE_INFINITY,
  };
  // Interactions a year at the rate seen: 2 in the 60 days since someone was added is about 12.
  const yearly = (person: Frequency) =>
    (person.count * SUGGESTION_WINDOW_DAYS) / Math.min(person.knownDays, SUGGESTION_WINDOW_DAYS);
  const ranked = people
    .filter((person) => person.lastInteractionOn !== null && person.knownDays >= KNOWN_AT_LEAST_DAYS)
    .sort((a, b) => yearly(b) - yearly(a) || ((a.lastInteractionOn ?? '') > (b.lastInteractionOn ?? '') ? -1 : 1));
  // "; inner means about 12": what the person's tier now asks for.
  const expects = (tier: Tier) => {
    const count = perYear(tier);
    return Number.isFinite(count) ? `; ${tier} means about ${Math.round(count)}` : '';
  };
  const suggestions: TierSuggestion[] = [];
  for (const person of ranked) {
    // The closest tier the frequency keeps up with (a little slack: 11 a year keeps a 30-day cadence)…
    let index = tiers.findIndex((tier) => yearly(person) >= Math.floor(perYear(tier) * 0.9));
    if (index < 0) index = tiers.length - 1;
    // …that still has room.
    while (index < tiers.length - 1 && room[tiers[index] as Tier] <= 0) index++;
    const suggested = tiers[index] as Tier;
    room[suggested]--;
    if (suggested === person.tier) continue;
    suggestions.push({
      id: person.id,
      name: person.name,
      tier: person.tier,
      suggestedTier: suggested,
      interactions: person.count,
      reason: `${person.count === 0 ? 'no contact' : `${person.count} interaction${person.count === 1 ? '' : 's'}`} ${
        person.knownDays >= SUGGESTION_WINDOW_DAYS
          ? 'in the last year'
          : `in the ${person.knownDays} days kith has known them`
      }${expects(person.tier)}`,
    });
  }
  return suggestions;
}
