import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Sign-in state that several `kith serve` processes must share (ADR 0016).
 *
 * `sign_in_counter`: failed sign-ins (and sign-up attempts) per key (`account:<email>`,
 * `address:<ip>`, `device:<id>`) in a window ending at `reset_at` (ms since the epoch).
 * Keyed by what is attacked, not by an owner: an unknown email has none, so, like
 * `server_setting`, it has no `owner_id` (on Citus, a reference table).
 *
 * `sign_in_device`: browsers that have signed in to an account before (the SHA-256 of a
 * device cookie's secret), so a locked account still lets its owner in from them.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('sign_in_counter')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addColumn('reset_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sign_in_counter_reset_at').on('sign_in_counter').column('reset_at').execute();

  await db.schema
    .createTable('sign_in_device')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('sign_in_device_pk', ['owner_id', 'secret_hash'])
    .execute();
}
