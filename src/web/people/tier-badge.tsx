import type { Tier } from '../api/people.js';

export function TierBadge({ tier }: { tier: Tier }) {
  return <span className={`badge tier-${tier}`}>{tier}</span>;
}
