import type { Counter, CounterStore } from '../../core/auth/counter-store.js';
import { isKithError, KithError } from '../../core/errors.js';

export type { Counter, CounterStore } from '../../core/auth/counter-store.js';

/**
 * Sign-in attempts counted per key (account, address, known device), each with its own
 * most in a window, then 429 with Retry-After until the window ends. An attempt is
 * counted (reserved) before the password is checked, so a burst sent at once cannot
 * slip past the limit while the first checks run; it is given back if it was not a
 * wrong password.
 */
export type Limit = { key: string; max: number };

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
      return { ...counter };
    },
    async decrement(key) {
      const counter = live(key);
      if (counter && counter.count > 0) counter.count -= 1;
    },
    async reset(key) {
      counters.delete(key);
    },
  };
}

export type SignInLimiter = {
  /**
   * Counts one attempt against every limit, or refuses it with RATE_LIMITED
   * (details.retryAfterSeconds) when any is used up; a refused attempt counts nothing.
   */
  reserve(limits: readonly Limit[]): Promise<void>;
  /**
   * Runs a sign-in attempt reserved against `limits`: an UNAUTHENTICATED failure keeps
   * its count; a success clears the `clearOnSuccess` keys and gives the others back;
   * any other error gives every count back.
   */
  attempt<T>(limits: readonly Limit[], signIn: () => Promise<T>, clearOnSuccess?: readonly string[]): Promise<T>;
};

export function signInLimiter(
  store: CounterStore,
  options: { windowMs: number; now?: () => number } = { windowMs: 15 * 60 * 1000 },
): SignInLimiter {
  const now = options.now ?? Date.now;
  const release = (limits: readonly Limit[]) => Promise.all(limits.map(({ key }) => store.decrement(key)));
  const limiter: SignInLimiter = {
    async reserve(limits) {
      // One limit at a time, in order: an attempt refused by the first (its account) never
      // counts against the next (its address). Counted all at once, a burst of 400 at one
      // account raised the address's count past its 100 until the refused gave theirs back,
      // so one of the account's 10 was refused on PostgreSQL, and another account from the
      // same address would have been too.
      for (const [index, { key, max }] of limits.entries()) {
        const counter = await store.increment(key, options.windowMs);
        if (counter.count <= max) continue;
        await release(limits.slice(0, index + 1));
        const wait = Math.max(1, Math.ceil((counter.resetAt - now()) / 1000));
        throw new KithError('RATE_LIMITED', `Too many attempts; try again in ${wait} seconds`, {
          retryAfterSeconds: wait,
        });
      }
    },
    async attempt<T>(limits: readonly Limit[], signIn: () => Promise<T>, clearOnSuccess: readonly string[] = []) {
      await limiter.reserve(limits);
      let result: T;
      try {
        result = await signIn();
      } catch (error) {
        if (!isKithError(error) || error.code !== 'UNAUTHENTICATED') await release(limits);
        throw error;
      }
      await Promise.all(clearOnSuccess.map((key) => store.reset(key)));
      await release(limits.filter(({ key }) => !clearOnSuccess.includes(key)));
      return result;
    },
  };
  return limiter;
}
