import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Requests a client may send more than once (issue 19: the web app's offline queue retries
 * after a lost answer). A create carrying an `Idempotency-Key` is remembered here with its
 * answer, written in the same transaction as what it created, so a retry returns the first
 * answer instead of creating twice. `request` is the method, path and body the key was
 * first used with: the same key on a different request is refused.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('client_request')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('status', 'integer', (col) => col.notNull())
    .addColumn('response', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('client_request_pk', ['owner_id', 'key'])
    .execute();
}
