import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { databaseCounterStore } from '../../src/db/repos/sign-in-counters.js';
import { buildApp } from '../../src/server/app.js';
import { DEVICE_COOKIE } from '../../src/server/auth/session-cookie.js';
import { SAME_ORIGIN } from '../support/api.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

const PASSWORD = 'correct horse battery';

/** The cookie named `name` among a response's Set-Cookie headers, as `name=value`. */
function cookieNamed(response: LightMyRequestResponse, name: string): string | undefined {
  const headers = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return headers.map((header) => header.split(';')[0] ?? '').find((pair) => pair.startsWith(`${name}=`));
}

describeEachDatabase('sign-in limits', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const accounts = { repos: database.repos, now: () => new Date() };
    await addUser(accounts, { email: 'ada@example.test', password: PASSWORD, isAdmin: false });
    await addUser(accounts, { email: 'grace@example.test', password: PASSWORD, isAdmin: false });
    // The counters kith serve keeps: in the database, shared by every server process.
    app = await buildApp({ repos: database.repos, counterStore: databaseCounterStore(database.connection.db) });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  const signIn = (email: string, password: string, options: { address?: string; cookie?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: options.address ?? '203.0.113.7',
      headers: { origin: SAME_ORIGIN, ...(options.cookie ? { cookie: options.cookie } : {}) },
      payload: { email, password },
    });

  it('checks no more than 10 passwords of 400 wrong guesses sent at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, index) => signIn('ada@example.test', `guess ${index}`)),
    );
    const statuses = responses.map((response) => response.statusCode);
    const checked = statuses.filter((status) => status === 401).length;
    console.info(`[${kind}] burst of 400 wrong passwords: ${checked} checked, ${statuses.length - checked} refused`);
    expect(checked).toBe(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(390);
    expect((await signIn('ada@example.test', PASSWORD)).statusCode).toBe(429);
  });

  it('lets the owner in from a browser that signed in before while strangers have the account locked', async () => {
    const first = await signIn('ada@example.test', PASSWORD, { address: '198.51.100.1' });
    expect(first.statusCode).toBe(200);
    const device = cookieNamed(first, DEVICE_COOKIE);
    expect(device).toBeDefined();
    expect(String(first.headers['set-cookie'])).toMatch(/kith_device=[^;]+;.*Path=\/api\/v1\/auth;.*HttpOnly/);

    for (let index = 0; index < 10; index++) {
      expect((await signIn('ada@example.test', `guess ${index}`, { address: '192.0.2.66' })).statusCode).toBe(401);
    }
    // Locked for everyone else, from any address…
    expect((await signIn('ada@example.test', PASSWORD, { address: '198.51.100.1' })).statusCode).toBe(429);
    // …but not for the browser that has signed in before, which gets no second device cookie.
    const owner = await signIn('ada@example.test', PASSWORD, { address: '198.51.100.1', cookie: device });
    expect(owner.statusCode).toBe(200);
    expect(cookieNamed(owner, DEVICE_COOKIE)).toBeUndefined();
    // Ada's device cookie is no key to Grace's account, and a forged one is no key at all.
    const forged = `${DEVICE_COOKIE}=${device?.split('=')[1]?.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAA`;
    for (let index = 0; index < 10; index++) {
      expect((await signIn('grace@example.test', `guess ${index}`, { cookie: device })).statusCode).toBe(401);
    }
    expect((await signIn('grace@example.test', PASSWORD, { cookie: device })).statusCode).toBe(429);
    expect((await signIn('ada@example.test', PASSWORD, { cookie: forged })).statusCode).toBe(200);
  });

  it('limits a known browser’s wrong passwords on their own: 10, then 429', async () => {
    const device = cookieNamed(await signIn('ada@example.test', PASSWORD), DEVICE_COOKIE);
    for (let index = 0; index < 10; index++) {
      expect((await signIn('ada@example.test', `guess ${index}`, { cookie: device })).statusCode).toBe(401);
    }
    expect((await signIn('ada@example.test', PASSWORD, { cookie: device })).statusCode).toBe(429);
  });

  it('allows more failures per address than per account, so one address cannot lock every account', async () => {
    for (let index = 0; index < 10; index++) {
      expect((await signIn('ada@example.test', `guess ${index}`)).statusCode).toBe(401);
    }
    expect((await signIn('ada@example.test', PASSWORD)).statusCode).toBe(429);
    expect((await signIn('grace@example.test', PASSWORD)).statusCode).toBe(200);
    // The address's own limit is 100 failures in 15 minutes.
    for (let index = 10; index < 100; index++) {
      expect((await signIn(`nobody${index}@example.test`, 'guess')).statusCode).toBe(401);
    }
    expect((await signIn('grace@example.test', PASSWORD)).statusCode).toBe(429);
    expect((await signIn('grace@example.test', PASSWORD, { address: '203.0.113.8' })).statusCode).toBe(200);
  });
});
