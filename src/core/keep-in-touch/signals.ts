import { eventSignals } from '../events/today-signals.js';
import type { OwnerRepos } from '../repos.js';
import { giftSignals } from '../shares/gift-signals.js';
import type { GiftForSomeone, PendingFollowUp, SharedEvent } from './daily-list.js';

export type TodaySignals = { followUps: PendingFollowUp[]; sharedEvents: SharedEvent[]; gifts: GiftForSomeone[] };

/** `record`: the list is for the real today, so a source may remember what it proposed (a preview writes nothing). */
export type SignalContext = { record: boolean };

/**
 * Where other features feed the daily list: each source returns its follow-ups and shared
 * events for a local date. The events feature adds its source to this list.
 */
export type TodaySignalSource = (
  repos: OwnerRepos,
  today: string,
  context?: SignalContext,
) => Promise<Partial<TodaySignals>>;

export const todaySignalSources: TodaySignalSource[] = [eventSignals, giftSignals];

export async function gatherSignals(
  repos: OwnerRepos,
  today: string,
  sources: readonly TodaySignalSource[] = todaySignalSources,
  context: SignalContext = { record: false },
): Promise<TodaySignals> {
  const signals: TodaySignals = { followUps: [], sharedEvents: [], gifts: [] };
  // At once, each waiting on its own queries; merged in the sources' order.
  for (const found of await Promise.all(sources.map((source) => source(repos, today, context)))) {
    signals.followUps.push(...(found.followUps ?? []));
    signals.sharedEvents.push(...(found.sharedEvents ?? []));
    signals.gifts.push(...(found.gifts ?? []));
  }
  return signals;
}
