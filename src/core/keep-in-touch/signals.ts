import { eventSignals } from '../events/today-signals.js';
import type { OwnerRepos } from '../repos.js';
import type { PendingFollowUp, SharedEvent } from './daily-list.js';

export type TodaySignals = { followUps: PendingFollowUp[]; sharedEvents: SharedEvent[] };

/**
 * Where other features feed the daily list: each source returns its follow-ups and shared
 * events for a local date. The events feature adds its source to this list.
 */
export type TodaySignalSource = (repos: OwnerRepos, today: string) => Promise<Partial<TodaySignals>>;

export const todaySignalSources: TodaySignalSource[] = [eventSignals];

export async function gatherSignals(
  repos: OwnerRepos,
  today: string,
  sources: readonly TodaySignalSource[] = todaySignalSources,
): Promise<TodaySignals> {
  const signals: TodaySignals = { followUps: [], sharedEvents: [] };
  for (const source of sources) {
    const found = await source(repos, today);
    signals.followUps.push(...(found.followUps ?? []));
    signals.sharedEvents.push(...(found.sharedEvents ?? []));
  }
  return signals;
}
