import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Sign-in state: sessions, API tokens and one-time sign-in links. Each row is looked up
 * by (owner_id, hash of the secret): the owner id travels in the cookie or token next
 * to the secret, so even authentication stays on one owner's shard.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('session')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('session_pk', ['owner_id', 'id_hash'])
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .addPrimaryKeyConstraint('api_token_pk', ['owner_id', 'id'])
    .execute();
  await db.schema
    .createIndex('api_token_owner_hash')
    .on('api_token')
    .columns(['owner_id', 'token_hash'])
    .unique()
    .execute();

  await db.schema
    .createTable('sign_in_link')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('sign_in_link_pk', ['owner_id', 'token_hash'])
    .execute();
}
