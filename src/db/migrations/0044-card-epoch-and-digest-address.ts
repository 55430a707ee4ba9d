import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Two columns, one migration (the branch had one number):
 *
 * The card clock's epoch (ADR 0057): a restore starts the owner's CardDAV revisions in a
 * new epoch, named in every ETag and sync token, so a phone synced before the restore
 * never meets an ETag or token it holds for other contents. Clocks from before are in
 * the epoch '' and keep their ETags ("7") and tokens (urn:kith:sync:7).
 *
 * Where the digest email goes (`digest_setting.address`): null is the account's own
 * address, which on a laptop install is `owner@localhost`, no one's mailbox.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('card_clock')
    .addColumn('epoch', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('digest_setting').addColumn('address', 'text').execute();
}
