import { describe, expect, it } from 'vitest';
import { memoryCounterStore, signInLimiter } from './sign-in-limiter.js';

describe('sign-in limiter', () => {
  it('allows 10 failures in 15 minutes, then asks to wait until the window ends', async () => {
    let now = 1_000_000;
    const limiter = signInLimiter(
      memoryCounterStore(() => now),
      { max: 10, windowMs: 15 * 60_000, now: () => now },
    );
    const keys = ['account:a@example.test', 'address:10.0.0.1'];
    for (let i = 0; i < 10; i++) {
      expect(await limiter.retryAfter(keys)).toBe(0);
      await limiter.fail(keys);
    }
    expect(await limiter.retryAfter(keys)).toBe(900);
    expect(await limiter.retryAfter(['address:10.0.0.1'])).toBe(900);
    expect(await limiter.retryAfter(['account:other@example.test', 'address:10.0.0.2'])).toBe(0);
    now += 14 * 60_000;
    expect(await limiter.retryAfter(keys)).toBe(60);
    now += 60_000;
    expect(await limiter.retryAfter(keys)).toBe(0);
  });

  it('forgets an account’s failures after a success, but not the address’s', async () => {
    const limiter = signInLimiter(memoryCounterStore(), { max: 2, windowMs: 60_000 });
    await limiter.fail(['account:a', 'address:x']);
    await limiter.fail(['account:a', 'address:x']);
    await limiter.succeed('account:a');
    expect(await limiter.retryAfter(['account:a'])).toBe(0);
    expect(await limiter.retryAfter(['address:x'])).toBeGreaterThan(0);
  });
});
