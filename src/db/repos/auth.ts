import type { Kysely, Selectable } from 'kysely';
import type { AuthRepo } from '../../core/auth/repo.js';
import type { ApiToken } from '../../core/auth/schema.js';
import type { ApiTokenTable, Database } from '../schema.js';

function tokenFromRow(row: Selectable<ApiTokenTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind === 'dav' ? 'dav' : 'api',
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

export function authRepo(db: Kysely<Database>, ownerId: string): AuthRepo {
  return {
    async insertSession(session) {
      await db
        .insertInto('session')
        .values({
          owner_id: ownerId,
          id_hash: session.idHash,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
        })
        .execute();
    },
    async getSession(idHash) {
      const row = await db
        .selectFrom('session')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? { idHash: row.id_hash, createdAt: row.created_at, lastSeenAt: row.last_seen_at } : undefined;
    },
    async touchSession(idHash, at) {
      await db
        .updateTable('session')
        .set({ last_seen_at: at })
        .where('owner_id', '=', ownerId)
        .where('id_hash', '=', idHash)
        .execute();
    },
    async removeSession(idHash) {
      const result = await db
        .deleteFrom('session')
        .where('owner_id', '=', ownerId)
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async removeSessionsExcept(keepIdHash) {
      let query = db.deleteFrom('session').where('owner_id', '=', ownerId);
      if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
      await query.execute();
    },
    async countSessions() {
      const row = await db
        .selectFrom('session')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insertToken(token) {
      await db
        .insertInto('api_token')
        .values({
          owner_id: ownerId,
          id: token.id,
          name: token.name,
          token_hash: token.tokenHash,
          kind: token.kind,
          created_at: token.createdAt,
          last_used_at: token.lastUsedAt,
        })
        .execute();
    },
    async getTokenByHash(tokenHash) {
      const row = await db
        .selectFrom('api_token')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? tokenFromRow(row) : undefined;
    },
    async touchToken(id, at) {
      await db
        .updateTable('api_token')
        .set({ last_used_at: at })
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .execute();
    },
    async listTokens() {
      const rows = await db
        .selectFrom('api_token')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(tokenFromRow);
    },
    async removeToken(id) {
      const result = await db
        .deleteFrom('api_token')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async insertSignInLink(link) {
      await db
        .insertInto('sign_in_link')
        .values({
          owner_id: ownerId,
          token_hash: link.tokenHash,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
        })
        .execute();
    },
    async takeSignInLink(tokenHash) {
      const row = await db
        .deleteFrom('sign_in_link')
        .where('owner_id', '=', ownerId)
        .where('token_hash', '=', tokenHash)
        .returning('expires_at')
        .executeTakeFirst();
      return row ? { expiresAt: row.expires_at } : undefined;
    },

    async insertDevice(device) {
      await db
        .insertInto('sign_in_device')
        .values({ owner_id: ownerId, secret_hash: device.secretHash, created_at: device.createdAt })
        .execute();
    },
    async hasDevice(secretHash) {
      const row = await db
        .selectFrom('sign_in_device')
        .select('owner_id')
        .where('owner_id', '=', ownerId)
        .where('secret_hash', '=', secretHash)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
