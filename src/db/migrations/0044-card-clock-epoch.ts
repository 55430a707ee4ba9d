import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The card clock's epoch (ADR 0057): a restore starts the owner's CardDAV revisions in a
 * new epoch, named in every ETag and sync token, so a phone synced before the restore
 * never meets an ETag or token it holds for other contents. Clocks from before are in
 * the epoch '' and keep their ETags ("7") and tokens (urn:kith:sync:7).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('card_clock')
    .addColumn('epoch', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
}
