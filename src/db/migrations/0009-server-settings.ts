import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Settings of the server itself, changed by an admin at run time (sign-up over the
 * web): one row per setting, JSON values. The one table besides `users` without
 * `owner_id`, because no owner has it (ADR 0011); on Citus it is a reference table.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('server_setting')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}
