import type { Deps } from '../repos.js';
import { type CacheStore, memoryCacheStore } from '../shared/cache-store.js';
import { localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { computeToday } from './get-today.js';
import { type GetTodayInput, getTodaySchema, type Today } from './schema.js';

/** A computed list, the storage change mark read before computing it, and the day it was recorded as shown on. */
export type CachedToday = { mark: string; today: Today; recordedOn: string | null };

/** Where cached lists live, keyed by owner, preview date and limit. */
export type TodayCacheStore = CacheStore<CachedToday>;

export function memoryTodayCache(maxEntries?: number): TodayCacheStore {
  return memoryCacheStore<CachedToday>(maxEntries);
}

/**
 * `getToday`, answered from `store` while nothing it reads has changed (ADR 0010): the
 * storage change mark is the same (nothing written since, by this process or another),
 * it is still the same local day, and a list for the real today has been recorded.
 * Otherwise it is computed afresh (which writes only people not yet recorded as shown).
 */
export async function getTodayCached(deps: Deps, store: TodayCacheStore, input: GetTodayInput = {}): Promise<Today> {
  const { asOf, limit } = parseInput(getTodaySchema, input);
  // Read before computing: a write that lands meanwhile moves the mark past the one stored.
  const mark = await deps.repos.changeMark();
  if (mark === null) return (await computeToday(deps, { asOf, limit })).today;

  const key = `${deps.repos.ownerId}|${asOf ?? ''}|${limit ?? ''}`;
  const cached = await store.get(key);
  if (cached && cached.mark === mark) {
    // An equal mark means unchanged settings, so the same zone: the local day is computed, not read.
    const realToday = localDateOf(deps.now(), cached.today.timeZone);
    const date = asOf ?? realToday;
    // A preview computed on an earlier day recorded nothing; on the day itself it must.
    if (cached.today.date === date && (date !== realToday || cached.recordedOn === date)) return cached.today;
  }
  const { today, recordedOn } = await computeToday(deps, { asOf, limit });
  await store.set(key, { mark, today, recordedOn });
  return today;
}
