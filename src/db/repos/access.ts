import type { Kysely } from 'kysely';
import type { AccessRepo, ReferencedKind } from '../../core/shared/access.js';
import type { Database } from '../schema.js';
import { chunk } from './chunk.js';

/** The table holding each kind of record a request may name by id. */
const tables = {
  person: 'person',
  event: 'event',
  organization: 'organization',
  item: 'item',
} as const satisfies Record<ReferencedKind, keyof Database>;

/**
 * The access check's reads: which ids are the owner's, read in bulk along each table's
 * `(owner_id, id)` primary key, 500 ids a query.
 */
export function accessRepo(db: Kysely<Database>, ownerId: string): AccessRepo {
  return {
    async ownedIds(kind, ids) {
      const owned = new Set<string>();
      for (const batch of chunk(ids, 500)) {
        const rows = await db
          .selectFrom(tables[kind])
          .select('id')
          .where('owner_id', '=', ownerId)
          .where('id', 'in', batch)
          .execute();
        for (const row of rows) owned.add(row.id);
      }
      return owned;
    },
  };
}
