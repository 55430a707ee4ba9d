/**
 * Where a cache keeps its entries. Process memory by default; the same two calls could
 * sit on Redis for a fleet of servers (DESIGN: state in memory has a pluggable store).
 * Entries carry what makes them valid (a storage change mark); a store only keeps them.
 */
export type CacheStore<T> = {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
};

/** At most `maxEntries` entries in process memory; the least recently stored go first. */
export function memoryCacheStore<T>(maxEntries = 10_000): CacheStore<T> {
  const entries = new Map<string, T>();
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
