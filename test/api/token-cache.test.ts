import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { createToken } from '../../src/core/auth/create-token.js';
import { removeUser } from '../../src/core/auth/remove-user.js';
import { revokeToken } from '../../src/core/auth/revoke-token.js';
import type { OwnerRepos } from '../../src/core/repos.js';
import { createRepos, type Repos } from '../../src/db/repos/index.js';
import { buildApp } from '../../src/server/app.js';
import { describeEachDatabase, openTwoConnections } from '../support/databases.js';

/** Repositories that count token lookups by hash (the work the cache saves). */
function counted(repos: Repos, counts: { lookups: number }): Repos {
  return {
    ...repos,
    forOwner(ownerId) {
      const owned: OwnerRepos = repos.forOwner(ownerId);
      const auth = owned.auth;
      return {
        ...owned,
        auth: {
          ...auth,
          getTokenByHash: (hash) => {
            counts.lookups++;
            return auth.getTokenByHash(hash);
          },
        },
      };
    },
  };
}

describeEachDatabase('API token cache', (kind) => {
  let databases: Awaited<ReturnType<typeof openTwoConnections>>;
  let app: FastifyInstance;
  let now: Date;
  let server: Repos;
  let other: Repos;
  let ownerId: string;
  let tokenId: string;
  let bearer: { authorization: string };
  const counts = { lookups: 0 };
  const me = () => app.inject({ url: '/api/v1/auth/me', headers: bearer });
  /** Use-case deps on the second connection: a `kith` command beside the server. */
  const elsewhere = () => ({ repos: other.forOwner(ownerId), now: () => now });

  beforeEach(async () => {
    databases = await openTwoConnections(kind);
    now = new Date('2026-06-01T12:00:00Z');
    server = createRepos(databases.server);
    other = createRepos(databases.other);
    // A second admin, so the first can be removed.
    await addUser({ repos: server, now: () => now }, { email: 'grace@example.test', isAdmin: true });
    ownerId = (await addUser({ repos: server, now: () => now }, { email: 'ada@example.test', isAdmin: true })).id;
    const created = await createToken({ repos: server.forOwner(ownerId), now: () => now }, { name: 'script' });
    tokenId = created.id;
    bearer = { authorization: `Bearer ${created.token}` };
    counts.lookups = 0;
    app = await buildApp({ repos: counted(server, counts), now: () => now });
  });
  afterEach(async () => {
    await app.close();
    await databases.close();
  });

  it('looks a token up again only when something changed, and marks it used once a minute', async () => {
    for (let i = 0; i < 5; i++) expect((await me()).json().id).toBe(ownerId);
    // The first use writes last_used_at; on SQLite that write is itself a change, so one more lookup.
    expect(counts.lookups).toBeLessThanOrEqual(2);
    const lookups = counts.lookups;
    now = new Date(now.getTime() + 61_000);
    expect((await me()).statusCode).toBe(200);
    expect(counts.lookups).toBe(lookups + 1);
    const [token] = await server.forOwner(ownerId).auth.listTokens();
    expect(token?.lastUsedAt).toBe(now.toISOString());
  });

  it('stops a token revoked through the API at once', async () => {
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    const revoked = await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${tokenId}`, headers: bearer });
    expect(revoked.statusCode).toBe(204);
    expect((await me()).statusCode).toBe(401);
  });

  it('stops a token revoked by another process at once', async () => {
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    await revokeToken(elsewhere(), tokenId);
    expect((await me()).statusCode).toBe(401);
  });

  it('stops the tokens of a user removed by another process at once', async () => {
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    await removeUser({ repos: other, now: () => now }, 'ada@example.test');
    expect((await me()).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/people', headers: bearer })).statusCode).toBe(401);
  });
});
