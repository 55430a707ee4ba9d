import type { Kysely } from 'kysely';
import type { IdempotencyRepo } from '../../core/idempotency/repo.js';
import type { Database } from '../schema.js';

export function idempotencyRepo(db: Kysely<Database>, ownerId: string): IdempotencyRepo {
  return {
    async find(key) {
      const row = await db
        .selectFrom('client_request')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('key', '=', key)
        .executeTakeFirst();
      return (
        row && {
          key: row.key,
          request: row.request,
          status: Number(row.status),
          response: row.response,
          createdAt: row.created_at,
        }
      );
    },

    async save(request) {
      await db
        .insertInto('client_request')
        .values({
          owner_id: ownerId,
          key: request.key,
          request: request.request,
          status: request.status,
          response: request.response,
          created_at: request.createdAt,
        })
        .execute();
    },
  };
}
