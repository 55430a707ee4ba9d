import { daysBetween } from '../shared/dates.js';
import type { SilentRow } from './picks-repo.js';
import type { TodayEntry } from './schema.js';
import { durationWords } from './today-picks.js';

/**
 * People underestimate how much an unexpected reach-out is appreciated, most of all by
 * weaker ties (Liu, Rim, Min and Min, 2023): a plain hello, no task attached, to whoever
 * in an outer tier has heard nothing for the longest time.
 */
export const HELLO = {
  tiers: ['regular', 'acquaintance'] as const,
  perTier: 20,
  /** A silence shorter than this is not long: no hello. */
  minSilentDays: 90,
};

/** The longest silence not excluded; the reason says only how long it has been. */
export function chooseHello(
  rows: readonly SilentRow[],
  excluded: ReadonlySet<string>,
  today: string,
): TodayEntry | null {
  const [longest] = rows
    .filter((row) => !excluded.has(row.id) && daysBetween(row.lastInteractionOn, today) >= HELLO.minSilentDays)
    .sort(
      (a, b) =>
        (a.lastInteractionOn < b.lastInteractionOn ? -1 : a.lastInteractionOn > b.lastInteractionOn ? 1 : 0) ||
        a.name.localeCompare(b.name) ||
        (a.id < b.id ? -1 : 1),
    );
  if (!longest) return null;
  return {
    id: longest.id,
    name: longest.name,
    tier: longest.tier,
    score: 0,
    reasons: [`just say hello: ${durationWords(longest.lastInteractionOn, today)} since you were last in touch`],
    lastInteractionOn: longest.lastInteractionOn,
    dueOn: null,
    drift: null,
    kind: 'hello',
  };
}
