import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Where the digest email goes (`digest_setting.address`): null is the account's own
 * address, which on a laptop install is `owner@localhost`, no one's mailbox.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('digest_setting').addColumn('address', 'text').execute();
}
