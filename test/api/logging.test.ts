import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { buildApp } from '../../src/server/app.js';
import { SAME_ORIGIN } from '../support/api.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('request logs', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(async () => {
    await database.close();
  });

  it('log request id, user id, route, status and duration, never passwords, tokens, cookies or notes', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const user = await addUser(
      { repos: database.repos, now: () => new Date() },
      {
        email: 'ada@example.test',
        password: 'a very secret password',
      },
    );
    const app = await buildApp({ repos: database.repos, logger: { level: 'info', stream } });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: SAME_ORIGIN },
      payload: { email: 'ada@example.test', password: 'a very secret password' },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const headers = { cookie, origin: SAME_ORIGIN };
    const person = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers,
      payload: { displayName: 'Grace', notes: 'private-note-text' },
    });
    const token = (
      await app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'cli' } })
    ).json().token as string;
    await app.inject({ url: `/api/v1/people/${person.json().id}`, headers: { authorization: `Bearer ${token}` } });
    await app.close();

    const log = lines.join('');
    for (const secret of ['a very secret password', cookie.split('=')[1] ?? '', token, 'private-note-text']) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
    const records = lines.map((line) => JSON.parse(line)).filter((record) => record.msg === 'request');
    expect(records).toHaveLength(4);
    expect(records[3]).toMatchObject({
      reqId: expect.any(String),
      userId: user.id,
      method: 'GET',
      route: '/api/v1/people/:id',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(records[0]).toMatchObject({ route: '/api/v1/auth/sign-in', status: 200, userId: user.id });
  });
});
