import { describe, expect, it } from 'vitest';
import { KithError } from '../../core/errors.js';
import { memoryCounterStore, signInLimiter } from './sign-in-limiter.js';

const wrongPassword = async () => {
  throw new KithError('UNAUTHENTICATED', 'Wrong email or password');
};

/** The seconds a refused attempt is told to wait, or 0 when it ran. */
async function waitOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 0;
  } catch (error) {
    if (error instanceof KithError && error.code === 'RATE_LIMITED')
      return Number((error.details as { retryAfterSeconds?: number }).retryAfterSeconds);
    return 0;
  }
}

describe('sign-in limiter', () => {
  it('allows 10 failures in 15 minutes, then asks to wait until the window ends', async () => {
    let now = 1_000_000;
    const limiter = signInLimiter(
      memoryCounterStore(() => now),
      { windowMs: 15 * 60_000, now: () => now },
    );
    const address = { key: 'address:10.0.0.1', max: 100 };
    const limits = [{ key: 'account:a@example.test', max: 10 }, address];
    for (let i = 0; i < 10; i++) expect(await waitOf(limiter.attempt(limits, wrongPassword))).toBe(0);
    expect(await waitOf(limiter.attempt(limits, wrongPassword))).toBe(900);
    // Another account from the same address still may try: the address allows more.
    expect(await waitOf(limiter.attempt([{ key: 'account:b', max: 10 }, address], wrongPassword))).toBe(0);
    now += 14 * 60_000;
    expect(await waitOf(limiter.attempt(limits, wrongPassword))).toBe(60);
    now += 60_000;
    expect(await waitOf(limiter.attempt(limits, wrongPassword))).toBe(0);
  });

  it('forgets an account’s failures after a success, and gives back the success’s reservation elsewhere', async () => {
    const store = memoryCounterStore();
    const limiter = signInLimiter(store, { windowMs: 60_000 });
    const limits = [
      { key: 'account:a', max: 3 },
      { key: 'address:x', max: 5 },
    ];
    await waitOf(limiter.attempt(limits, wrongPassword));
    await waitOf(limiter.attempt(limits, wrongPassword));
    await limiter.attempt(limits, async () => 'signed in', ['account:a']);
    expect(await store.get('account:a')).toBeUndefined();
    expect((await store.get('address:x'))?.count).toBe(2);
  });

  it('checks at most the limit of a burst of attempts sent at once', async () => {
    const limiter = signInLimiter(memoryCounterStore(), { windowMs: 60_000 });
    let checked = 0;
    const slowWrongPassword = async () => {
      checked += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return wrongPassword();
    };
    const limits = [{ key: 'account:a', max: 10 }];
    const waits = await Promise.all(
      Array.from({ length: 400 }, () => waitOf(limiter.attempt(limits, slowWrongPassword))),
    );
    expect(checked).toBe(10);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(390);
  });

  it('lets exactly 10 of a burst at one account through however the counts interleave, and keeps the address clear', async () => {
    // A store like PostgreSQL under load, where counts land in any order and giving one
    // back takes a while: the first ten counts of the address land after the rest.
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const store = memoryCounterStore();
    let addressCounts = 0;
    const slow = {
      ...store,
      async increment(key: string, windowMs: number) {
        if (key.startsWith('address:') && ++addressCounts <= 10) await pause(20);
        return store.increment(key, windowMs);
      },
      async decrement(key: string) {
        await pause(100);
        return store.decrement(key);
      },
    };
    let checked = 0;
    const limiter = signInLimiter(slow, { windowMs: 60_000 });
    const limits = [
      { key: 'account:a', max: 10 },
      { key: 'address:x', max: 100 },
    ];
    const waits = await Promise.all(
      Array.from({ length: 400 }, () =>
        waitOf(
          limiter.attempt(limits, async () => {
            checked += 1;
            return wrongPassword();
          }),
        ),
      ),
    );
    expect(checked).toBe(10);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(390);
    // Only the ten checked count against the address: another account there may still try.
    expect((await store.get('address:x'))?.count).toBe(10);
  });

  it('gives an attempt back when it failed for another reason than a wrong password', async () => {
    const store = memoryCounterStore();
    const limiter = signInLimiter(store, { windowMs: 60_000 });
    const broken = async () => {
      throw new KithError('VALIDATION_FAILED', 'email: is required');
    };
    await waitOf(limiter.attempt([{ key: 'account:a', max: 1 }], broken));
    expect((await store.get('account:a'))?.count).toBe(0);
  });
});
