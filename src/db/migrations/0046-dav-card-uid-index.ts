import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Every card a phone PUTs is checked for a UID another card of the book has (RFC 6352's
 * no-uid-conflict): an index on the owner's cards by UID answers that without reading
 * each of them. Not unique: books synced before the check may hold a UID twice.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('dav_card_owner_uid').on('dav_card').columns(['owner_id', 'uid']).execute();
}
