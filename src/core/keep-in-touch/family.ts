import type { Tier } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';
import { effectiveCadence } from './cadence.js';

/**
 * Friendships lose closeness faster than family ties when contact drops (Roberts and
 * Dunbar, 2011), so at the same tier and silence a friend comes due before a relative:
 * a relative's tier cadence is stretched to `familyCadencePercent` of it, and a friend
 * keeps the tier's (the shorter of the two; ADR 0022). A person's own cadence is
 * theirs, whoever they are.
 */
export function personCadence(
  person: { tier: Tier; cadenceDays: number | null; family?: boolean },
  cadences: Settings['cadences'],
  familyCadencePercent = 100,
): number | null {
  const cadence = effectiveCadence(person, cadences);
  if (cadence === null || person.cadenceDays !== null || !person.family) return cadence;
  return Math.max(1, Math.round((cadence * familyCadencePercent) / 100));
}
