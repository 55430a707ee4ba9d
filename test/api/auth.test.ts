import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { createSignInLink } from '../../src/core/auth/create-sign-in-link.js';
import type { User } from '../../src/core/users/schema.js';
import { buildApp } from '../../src/server/app.js';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie.js';
import { SAME_ORIGIN, sessionHeaders } from '../support/api.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

const PASSWORD = 'correct horse battery';

describeEachDatabase('auth API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let user: User;
  let now: Date;
  const accounts = () => ({ repos: database.repos, now: () => now });

  beforeEach(async () => {
    now = new Date('2026-06-01T12:00:00Z');
    database = await openTestDatabase(kind);
    user = await addUser(accounts(), { email: 'ada@example.test', password: PASSWORD, isAdmin: true });
    app = await buildApp({ repos: database.repos, now: () => now });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  function cookieFrom(response: { headers: Record<string, unknown> }): string {
    const header = String(response.headers['set-cookie'] ?? '');
    return header.split(';')[0] ?? '';
  }

  const signIn = (email: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: SAME_ORIGIN },
      payload: { email, password },
    });

  it('answers 401 without credentials, except health, docs and the web UI', async () => {
    for (const url of ['/api/v1/people', '/api/v1/auth/me', '/api/v1/tokens', '/api/v1/people/x']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
    const badToken = await app.inject({ url: '/api/v1/people', headers: { authorization: 'Bearer kith_nope.nope' } });
    expect(badToken.statusCode).toBe(401);
    for (const url of ['/api/health', '/api/openapi.json', '/api/docs', '/']) {
      expect((await app.inject(url)).statusCode, url).toBe(200);
    }
    const docs = await app.inject('/api/docs');
    expect(docs.body).toContain('/api/v1/people/{id}');
    expect(docs.body).not.toContain('<script');
  });

  it('signs in with a password: an HttpOnly, SameSite=Lax cookie, a new session each time', async () => {
    const first = await signIn('ADA@example.test', PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: user.id, email: 'ada@example.test' });
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const second = await signIn('ada@example.test', PASSWORD);
    expect(cookieFrom(second)).not.toBe(cookieFrom(first));
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookieFrom(first) } });
    expect(me.json()).toMatchObject({ id: user.id });
    const signedOut = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie: cookieFrom(first), origin: SAME_ORIGIN },
    });
    expect(signedOut.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookieFrom(first) } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookieFrom(second) } })).statusCode).toBe(
      200,
    );
  });

  it('marks the cookie Secure behind https', async () => {
    await app.close();
    app = await buildApp({ repos: database.repos, now: () => now, trustProxy: true });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { host: 'kith.example', 'x-forwarded-proto': 'https', origin: 'https://kith.example' },
      payload: { email: 'ada@example.test', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('refuses a wrong password or unknown email with 401, and a malformed body with 400', async () => {
    expect((await signIn('ada@example.test', 'wrong password')).json().error.code).toBe('UNAUTHENTICATED');
    expect((await signIn('nobody@example.test', PASSWORD)).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ada@example.test' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('password') });
  });

  it('allows 10 failed sign-ins per account, then 429 with Retry-After even for the right password', async () => {
    for (let i = 0; i < 10; i++) expect((await signIn('ada@example.test', `wrong ${i}`)).statusCode).toBe(401);
    const limited = await signIn('ada@example.test', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(900);
  });

  it('requires a matching Origin for cookie-authenticated writes, not for Bearer tokens', async () => {
    const { cookie } = await sessionHeaders(database.repos, user.id, () => now);
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/people', headers, payload: { displayName: 'Grace' } });
    expect((await post({ cookie })).statusCode).toBe(403);
    expect((await post({ cookie, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post({ cookie, origin: SAME_ORIGIN })).statusCode).toBe(201);
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, origin: SAME_ORIGIN },
      payload: { name: 'script' },
    });
    expect((await post({ authorization: `Bearer ${token.json().token}` })).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/v1/people', headers: { cookie } })).json().items).toHaveLength(2);
  });

  it('changes a password: the current one is required, every other session ends', async () => {
    const mine = await sessionHeaders(database.repos, user.id, () => now);
    const other = await sessionHeaders(database.repos, user.id, () => now);
    const change = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: mine, payload });
    expect((await change({ currentPassword: 'nope', newPassword: 'a new long password' })).statusCode).toBe(403);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'short' })).statusCode).toBe(400);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'a new long password' })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: other })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: mine })).statusCode).toBe(200);
    expect((await signIn('ada@example.test', PASSWORD)).statusCode).toBe(401);
    expect((await signIn('ada@example.test', 'a new long password')).statusCode).toBe(200);
  });

  it('signs a session out after 30 idle days', async () => {
    const headers = await sessionHeaders(database.repos, user.id, () => now);
    now = new Date('2026-06-30T12:00:00Z');
    expect((await app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    now = new Date('2026-07-31T12:00:00Z');
    expect((await app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('creates, lists, uses and revokes API tokens; the secret is shown once', async () => {
    const headers = await sessionHeaders(database.repos, user.id, () => now);
    const created = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'backup' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^kith_/);
    const listed = await app.inject({ url: '/api/v1/tokens', headers });
    expect(listed.json()).toEqual([
      { id, name: 'backup', kind: 'api', createdAt: now.toISOString(), lastUsedAt: null },
    ]);
    expect(listed.body).not.toContain(token.split('.')[1]);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).json().id).toBe(user.id);
    expect((await app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: {} })).statusCode).toBe(400);
    // An app password needs a name too (the web and `kith tokens create --dav` say so): none is made up.
    const blank = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers,
      payload: { name: '  ', dav: true },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toBe('body.name: must not be empty');
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/tokens/nope', headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
  });

  it('lets admins manage accounts and hides the users API from everyone else', async () => {
    const admin = await sessionHeaders(database.repos, user.id, () => now);
    const added = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'grace@example.test', password: 'another password' },
    });
    expect(added.statusCode).toBe(201);
    const grace = added.json<User>();
    expect((await app.inject({ url: '/api/v1/users', headers: admin })).json()).toHaveLength(2);
    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'grace@example.test' },
    });
    expect(duplicate.statusCode).toBe(409);
    const invalid = await app.inject({ method: 'POST', url: '/api/v1/users', headers: admin, payload: { email: 'x' } });
    expect(invalid.statusCode).toBe(400);
    const member = await sessionHeaders(database.repos, grace.id, () => now);
    expect((await app.inject({ url: '/api/v1/users', headers: member })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}`, headers: member })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/users/nope', headers: admin })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/users/${grace.id}`, headers: admin })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ url: '/api/v1/auth/me', headers: member })).statusCode).toBe(401);
  });

  it('signs in once through a one-time link, which then stops working', async () => {
    const token = await createSignInLink(accounts(), user.id);
    const first = await app.inject(`/auth/link/${token}`);
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/');
    expect(cookieFrom(first)).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookieFrom(first) } })).statusCode).toBe(200);
    expect((await app.inject(`/auth/link/${token}`)).statusCode).toBe(404);
    const late = await createSignInLink(accounts(), user.id);
    now = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await app.inject(`/auth/link/${late}`)).statusCode).toBe(404);
  });

  it('tags reads with an ETag and answers a matching If-None-Match with 304', async () => {
    const headers = await sessionHeaders(database.repos, user.id, () => now);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { displayName: 'Ada' },
    });
    const url = `/api/v1/people/${created.json().id}`;
    const first = await app.inject({ url, headers });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await app.inject({ url, headers: { ...headers, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await app.inject({ method: 'PATCH', url, headers, payload: { title: 'Director' } });
    const changed = await app.inject({ url, headers: { ...headers, 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('sends secure headers and refuses an oversize body with 413', async () => {
    const response = await app.inject('/');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // Errors carry them too: the headers are set before anything can fail.
    const refused = await app.inject('/api/v1/people');
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-security-policy']).toBe(response.headers['content-security-policy']);
    const headers = await sessionHeaders(database.repos, user.id, () => now);
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { displayName: 'x', notes: 'n'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('keeps sign-up off unless an admin turns it on, then creates an account and signs it in', async () => {
    const payload = { email: 'new@example.test', password: 'a long enough password' };
    const signUp = (body: Record<string, unknown>, headers: Record<string, string> = { origin: SAME_ORIGIN }) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-up', headers, payload: body });
    expect((await app.inject('/api/v1/auth/config')).json()).toEqual({ signUp: false });
    const refused = await signUp(payload);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect(refused.json().error.message).toMatch(/Sign-up is off/);
    expect(await database.repos.users.getByEmail('new@example.test')).toBeUndefined();

    // Only an admin may see or change the setting; anyone else is told there is no such route.
    const admin = await sessionHeaders(database.repos, user.id, () => now);
    const other = await addUser(accounts(), { email: 'bo@example.test' });
    const notAdmin = await sessionHeaders(database.repos, other.id, () => now);
    const turnOn = { method: 'PATCH' as const, url: '/api/v1/server-settings', payload: { signUp: true } };
    expect((await app.inject({ ...turnOn, headers: notAdmin })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/server-settings', headers: notAdmin })).statusCode).toBe(404);
    expect((await app.inject({ ...turnOn, headers: { origin: SAME_ORIGIN } })).statusCode).toBe(401);
    const badSetting = await app.inject({ ...turnOn, headers: admin, payload: { signUp: 'yes' } });
    expect(badSetting.statusCode).toBe(400);
    expect(badSetting.json().error.message).toMatch(/signUp/);
    expect((await app.inject({ url: '/api/v1/server-settings', headers: admin })).json()).toEqual({ signUp: false });
    const on = await app.inject({ ...turnOn, headers: admin });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toEqual({ signUp: true });
    expect((await app.inject('/api/v1/auth/config')).json()).toEqual({ signUp: true });

    const bad = await signUp({ ...payload, password: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/password: must be at least 8/);
    const elsewhere = await signUp(payload, { origin: 'https://evil.example' });
    expect(elsewhere.statusCode).toBe(403);
    expect(await database.repos.users.getByEmail('new@example.test')).toBeUndefined();
    const created = await signUp(payload);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'new@example.test', isAdmin: false });
    expect(String(created.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookieFrom(created) } });
    expect(me.json().email).toBe('new@example.test');
    const again = await signUp(payload);
    expect(again.statusCode).toBe(409);
    expect((await database.repos.users.list()).filter((u) => u.email === 'new@example.test')).toHaveLength(1);

    const off = await app.inject({ ...turnOn, headers: admin, payload: { signUp: false } });
    expect(off.json()).toEqual({ signUp: false });
    expect((await signUp({ ...payload, email: 'late@example.test' })).statusCode).toBe(403);
  });

  it('limits sign-up attempts per address: 10 in 15 minutes, then 429 with Retry-After', async () => {
    const admin = await sessionHeaders(database.repos, user.id, () => now);
    await app.inject({ method: 'PATCH', url: '/api/v1/server-settings', headers: admin, payload: { signUp: true } });
    const attempt = (email: string, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        headers: { origin: SAME_ORIGIN },
        payload: { email, password },
      });
    for (let index = 0; index < 10; index++) {
      expect((await attempt(`n${index}@example.test`, 'short')).statusCode).toBe(400);
    }
    const limited = await attempt('late@example.test', 'a long enough password');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await database.repos.users.getByEmail('late@example.test')).toBeUndefined();
  });

  it('answers an unexpected failure with a bare 500: no stack, no SQL', async () => {
    const headers = await sessionHeaders(database.repos, user.id, () => now);
    await database.connection.db.schema.dropTable('api_token').execute();
    const response = await app.inject({ url: '/api/v1/tokens', headers });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong on our side' } });
  });
});
