import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { type TrustProxy, trustProxyFrom } from '../../src/server/trust-proxy.js';
import { SAME_ORIGIN } from '../support/api.js';
import { openTestDatabase } from '../support/databases.js';

/**
 * Sign-up counts every attempt per client address (10 in 15 minutes): a client that
 * could pick its own address by sending X-Forwarded-For would never be limited.
 */
async function attemptsUntilLimited(trustProxy: TrustProxy | true, proxy: string): Promise<number> {
  const database = await openTestDatabase('sqlite');
  const app = await buildApp({ repos: database.repos, trustProxy, webRoot: null });
  try {
    for (let attempt = 1; attempt <= 15; attempt++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        remoteAddress: proxy,
        // The client forges the first entry each time; its proxy appends the address it saw.
        headers: { origin: SAME_ORIGIN, 'x-forwarded-for': `10.9.8.${attempt}, 203.0.113.5` },
        payload: { email: `n${attempt}@example.test`, password: 'a long enough password' },
      });
      if (response.statusCode === 429) return attempt;
    }
    return Number.POSITIVE_INFINITY;
  } finally {
    await app.close();
    await database.close();
  }
}

describe('KITH_TRUST_PROXY', () => {
  it('reads a number of hops or a list of proxy addresses, and refuses anything else by name', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('0')).toBe(false);
    expect(trustProxyFrom('1')).toBe(1);
    expect(trustProxyFrom('10.0.0.1, 10.0.0.0/8,::1')).toBe('10.0.0.1,10.0.0.0/8,::1');
    expect(() => trustProxyFrom('yes')).toThrow('KITH_TRUST_PROXY: "yes" is not an address or range');
    expect(() => trustProxyFrom('10.0.0.0/33')).toThrow('"10.0.0.0/33"');
  });

  it('takes the client address from the trusted hops only, so a forged X-Forwarded-For changes nothing', async () => {
    expect(await attemptsUntilLimited(1, '10.0.0.2')).toBe(11);
    expect(await attemptsUntilLimited('10.0.0.2', '10.0.0.2')).toBe(11);
    expect(await attemptsUntilLimited('10.0.0.0/8', '10.0.0.2')).toBe(11);
    // What KITH_TRUST_PROXY=1 meant before: every hop trusted, so the forged address counts.
    expect(await attemptsUntilLimited(true, '10.0.0.2')).toBe(Number.POSITIVE_INFINITY);
  });
});
