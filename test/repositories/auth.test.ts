import { expect, it } from 'vitest';
import type { Repos } from '../../src/db/repos/index.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

describeEachDatabase('auth repository', (kind) => {
  let database: TestDatabase;
  let repos: Repos;
  freshDatabaseEachTest(kind, (fresh) => {
    database = fresh.database;
    repos = database.repos;
  });

  it('keeps sessions per owner: get, touch, remove all but one, count', async () => {
    const a = await createOwner(repos);
    const b = await createOwner(repos);
    const at = '2026-06-01T12:00:00.000Z';
    await a.repos.auth.insertSession({ idHash: 'h1', createdAt: at, lastSeenAt: at });
    await a.repos.auth.insertSession({ idHash: 'h2', createdAt: at, lastSeenAt: at });
    await b.repos.auth.insertSession({ idHash: 'h1', createdAt: at, lastSeenAt: at });
    expect(await b.repos.auth.getSession('h2')).toBeUndefined();
    await a.repos.auth.touchSession('h1', '2026-06-02T00:00:00.000Z');
    expect(await a.repos.auth.getSession('h1')).toEqual({
      idHash: 'h1',
      createdAt: at,
      lastSeenAt: '2026-06-02T00:00:00.000Z',
    });
    expect((await b.repos.auth.getSession('h1'))?.lastSeenAt).toBe(at);
    await a.repos.auth.removeSessionsExcept('h1');
    expect(await a.repos.auth.countSessions()).toBe(1);
    expect(await b.repos.auth.countSessions()).toBe(1);
    expect(await b.repos.auth.removeSession('h1')).toBe(true);
    expect(await a.repos.auth.getSession('h1')).toBeDefined();
  });

  it('finds tokens by hash within the owner only, lists and removes them', async () => {
    const a = await createOwner(repos);
    const b = await createOwner(repos);
    const token = {
      id: 't1',
      name: 'backup',
      kind: 'api' as const,
      createdAt: '2026-06-01T12:00:00.000Z',
      lastUsedAt: null,
    };
    await a.repos.auth.insertToken({ ...token, tokenHash: 'th' });
    expect(await a.repos.auth.getTokenByHash('th')).toEqual(token);
    expect(await b.repos.auth.getTokenByHash('th')).toBeUndefined();
    expect(await b.repos.auth.removeToken('t1')).toBe(false);
    await a.repos.auth.touchToken('t1', '2026-06-03T00:00:00.000Z');
    expect(await a.repos.auth.listTokens()).toEqual([{ ...token, lastUsedAt: '2026-06-03T00:00:00.000Z' }]);
    expect(await a.repos.auth.removeToken('t1')).toBe(true);
    expect(await a.repos.auth.listTokens()).toEqual([]);
  });

  it('hands out a sign-in link once, and drops everything with its user', async () => {
    const a = await createOwner(repos);
    const link = { tokenHash: 'lh', createdAt: '2026-06-01T12:00:00.000Z', expiresAt: '2026-06-01T12:15:00.000Z' };
    await a.repos.auth.insertSignInLink(link);
    expect(await a.repos.auth.takeSignInLink('lh')).toEqual({ expiresAt: link.expiresAt });
    expect(await a.repos.auth.takeSignInLink('lh')).toBeUndefined();
    await a.repos.auth.insertSession({ idHash: 's', createdAt: link.createdAt, lastSeenAt: link.createdAt });
    await repos.users.remove(a.ownerId);
    expect(await a.repos.auth.countSessions()).toBe(0);
  });
});
