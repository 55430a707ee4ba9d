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
      const counters = await Promise.all(limits.map(({ key }) => store.increment(key, options.windowMs)));
      let wait = 0;
      limits.forEach(({ max }, index) => {
        const counter = counters[index];
        if (counter && counter.count > max) wait = Math.max(wait, Math.ceil((counter.resetAt - now()) / 1000));
      });
      if (wait <= 0) return;
      await release(limits);
      throw new KithError('RATE_LIMITED', `Too many attempts; try again in ${wait} seconds`, {
        retryAfterSeconds: wait,
      });
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
