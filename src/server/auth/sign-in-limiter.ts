import { isKithError, KithError } from '../../core/errors.js';

/**
 * Sign-in failures counted per account and per address: at most `max` failures in a
 * window, then 429 with Retry-After until the window ends. Counters live behind
 * CounterStore, in process memory by default, so several servers can share Redis.
 */
export type Counter = { count: number; resetAt: number };

export type CounterStore = {
  get(key: string): Promise<Counter | undefined>;
  /** Adds one, opening a window of windowMs at the first failure. */
  increment(key: string, windowMs: number): Promise<Counter>;
  reset(key: string): Promise<void>;
};

/** Counters in a Map; expired windows are dropped as they are met, and swept when it grows. */
export function memoryCounterStore(now: () => number = Date.now): CounterStore {
  const counters = new Map<string, Counter>();
  const live = (key: string) => {
    const counter = counters.get(key);
    if (counter && counter.resetAt <= now()) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  return {
    async get(key) {
      return live(key);
    },
    async increment(key, windowMs) {
      if (counters.size > 10_000) for (const key of counters.keys()) live(key);
      const counter = live(key) ?? { count: 0, resetAt: now() + windowMs };
      counter.count += 1;
      counters.set(key, counter);
      return counter;
    },
    async reset(key) {
      counters.delete(key);
    },
  };
}

export type SignInLimiter = {
  /**
   * Runs a sign-in attempt: refused with RATE_LIMITED (details.retryAfterSeconds) while
   * any key is blocked; an UNAUTHENTICATED failure counts against every key, a success
   * clears the first (the account).
   */
  attempt<T>(keys: readonly string[], signIn: () => Promise<T>): Promise<T>;
  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfter(keys: readonly string[]): Promise<number>;
  fail(keys: readonly string[]): Promise<void>;
  succeed(accountKey: string): Promise<void>;
};

export function signInLimiter(
  store: CounterStore,
  options: { max: number; windowMs: number; now?: () => number } = { max: 10, windowMs: 15 * 60 * 1000 },
): SignInLimiter {
  const now = options.now ?? Date.now;
  const limiter: SignInLimiter = {
    async attempt(keys, signIn) {
      const wait = await limiter.retryAfter(keys);
      if (wait > 0) {
        throw new KithError('RATE_LIMITED', `Too many failed sign-ins; try again in ${wait} seconds`, {
          retryAfterSeconds: wait,
        });
      }
      try {
        const result = await signIn();
        await limiter.succeed(keys[0] ?? '');
        return result;
      } catch (error) {
        if (isKithError(error) && error.code === 'UNAUTHENTICATED') await limiter.fail(keys);
        throw error;
      }
    },
    async retryAfter(keys) {
      let wait = 0;
      for (const key of keys) {
        const counter = await store.get(key);
        if (counter && counter.count >= options.max) wait = Math.max(wait, Math.ceil((counter.resetAt - now()) / 1000));
      }
      return wait;
    },
    async fail(keys) {
      for (const key of keys) await store.increment(key, options.windowMs);
    },
    async succeed(accountKey) {
      await store.reset(accountKey);
    },
  };
  return limiter;
}
