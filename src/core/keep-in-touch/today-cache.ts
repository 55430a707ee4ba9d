import type { Deps } from '../repos.js';
import { localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { computeToday, type Recorded } from './get-today.js';
import { type GetTodayInput, getTodaySchema, type Today } from './schema.js';

/** A computed list, the storage change mark read before computing it, and who is recorded as shown on its date. */
export type CachedToday = { mark: string; today: Today; recorded: Recorded | null };

/**
 * Where cached lists live. Process memory by default; the same two calls could sit on
 * Redis for a fleet of servers (DESIGN: in-memory state has a pluggable store).
 */
export type TodayCacheStore = {
  get(key: string): Promise<CachedToday | undefined>;
  set(key: string, value: CachedToday): Promise<void>;
};

/** At most `maxEntries` lists; the least recently stored go first. */
export function memoryTodayCache(maxEntries = 10_000): TodayCacheStore {
  const entries = new Map<string, CachedToday>();
  return {
    async get(key) {
      return entries.get(key);
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}

/**
 * `getToday`, answered from `store` while nothing it reads has changed (ADR 0010): the
 * storage change mark is the same (nothing written since, by this process or another),
 * it is still the same local day, and a list for the real today has been recorded.
 * Otherwise it is computed afresh, and only people not yet recorded as shown that day are
 * written.
 */
export async function getTodayCached(deps: Deps, store: TodayCacheStore, input: GetTodayInput = {}): Promise<Today> {
  const { asOf, limit } = parseInput(getTodaySchema, input);
  // Read before computing: a write that lands meanwhile moves the mark past the one stored.
  const mark = await deps.repos.keepInTouch.changeMark();
  if (mark === null) return (await computeToday(deps, { asOf, limit })).today;

  const key = `${deps.repos.ownerId}|${asOf ?? ''}|${limit ?? ''}`;
  const cached = await store.get(key);
  if (cached && cached.mark === mark) {
    // An equal mark means unchanged settings, so the same zone: the local day is computed, not read.
    const realToday = localDateOf(deps.now(), cached.today.timeZone);
    const date = asOf ?? realToday;
    // A preview computed on an earlier day recorded nothing; on the day itself it must.
    if (cached.today.date === date && (date !== realToday || cached.recorded?.on === date)) return cached.today;
  }
  const { today, recorded } = await computeToday(deps, { asOf, limit }, cached?.recorded ?? undefined);
  await store.set(key, { mark, today, recorded });
  return today;
}
