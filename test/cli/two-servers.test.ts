import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Today } from '../../src/core/keep-in-touch/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { databaseEnv, describeWithPostgres, type ServerPair, startServerPair } from '../support/servers.js';

const PASSWORD = 'correct horse battery';

/** The `name=value` of the session cookie a response sets. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('kith_session='));
  return cookie?.split(';')[0] ?? '';
}

describeWithPostgres('two kith serve processes on one PostgreSQL, requests alternating', () => {
  let pair: ServerPair;
  let token: string;

  beforeAll(async () => {
    pair = await startServerPair();
    const kith = (args: string[], input?: string) => runKith(tempDataDir(), args, { input, env: databaseEnv(pair) });
    for (const email of ['ada@example.test', 'grace@example.test']) {
      expect((await kith(['users', 'add', email], `${PASSWORD}\n`)).code).toBe(0);
    }
    token = (await kith(['tokens', 'create', '--name', 'two servers', '--json'])).json<{ token: string }>().token;
  }, 120_000);
  afterAll(async () => {
    await pair?.close();
  });

  const signIn = (base: string, email: string, password: string) =>
    fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('keeps a session made on one server signed in on the other, and signing out on either ends it', {
    timeout: 120_000,
  }, async () => {
    const [first, second] = pair.servers;
    const signedIn = await signIn(first.base, 'grace@example.test', PASSWORD);
    expect(signedIn.status).toBe(200);
    const cookie = sessionCookie(signedIn);
    const me = await fetch(`${second.base}/api/v1/auth/me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({ email: 'grace@example.test' });
    const added = await fetch(`${second.base}/api/v1/people`, {
      method: 'POST',
      headers: { cookie, origin: second.base, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Made on the second' }),
    });
    expect(added.status).toBe(201);
    const listed = await fetch(`${first.base}/api/v1/people`, { headers: { cookie } });
    expect(JSON.stringify(await listed.json())).toContain('Made on the second');
    await fetch(`${second.base}/api/v1/auth/sign-out`, { method: 'POST', headers: { cookie, origin: second.base } });
    expect((await fetch(`${first.base}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('holds the sign-in limit across both: of 400 wrong passwords sent at once, 10 are checked', {
    timeout: 120_000,
  }, async () => {
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, index) => signIn(pair.next().base, 'ada@example.test', `guess ${index}`)),
    );
    const statuses = responses.map((response) => response.status);
    const checked = statuses.filter((status) => status === 401).length;
    console.info(
      `two servers, burst of 400 wrong passwords alternating: ${checked} checked, ${statuses.filter((status) => status === 429).length} refused`,
    );
    expect(checked).toBe(10);
    for (const server of pair.servers) {
      expect((await signIn(server.base, 'ada@example.test', PASSWORD)).status).toBe(429);
    }
  });

  it('shows a write made on one server in the daily list read on the other at once', { timeout: 120_000 }, async () => {
    const api = async <T>(base: string, path: string, init: { method?: string; body?: unknown } = {}) => {
      const response = await fetch(`${base}/api/v1${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      });
      expect(response.status, path).toBeLessThan(300);
      return (await response.json()) as T;
    };
    const [first, second] = pair.servers;
    const names = async (base: string) => (await api<Today>(base, '/today')).entries.map((entry) => entry.name);
    // Both servers have the list cached before the write.
    expect(await names(first.base)).toEqual([]);
    expect(await names(second.base)).toEqual([]);
    const today = (await api<Today>(first.base, '/today')).date;

    const person = await api<Person>(second.base, '/people', {
      method: 'POST',
      body: { displayName: 'Kenji Watanabe' },
    });
    const reminder = await api<{ id: string }>(second.base, '/reminders', {
      method: 'POST',
      body: { personId: person.id, text: 'send the deck', dueOn: today },
    });
    expect(await names(first.base)).toEqual(['Kenji Watanabe']);

    await api(first.base, `/reminders/${reminder.id}/complete`, { method: 'POST' });
    expect(await names(second.base)).toEqual([]);
  });
});
