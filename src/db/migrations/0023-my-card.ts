import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Your own card (issue 19): what you wrote on it and which fields it shows, one row per
 * owner (the values as JSON text, so a field added later needs no migration), and the
 * link that downloads it: the SHA-256 of its 128-bit secret only, as the calendar feed.
 * Two tables because the card is your data (backed up) and the link a credential (not).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('my_card')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('my_card_pk', ['owner_id'])
    .execute();

  await db.schema
    .createTable('my_card_link')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_fetched_at', 'text')
    .addPrimaryKeyConstraint('my_card_link_pk', ['owner_id'])
    .execute();
}
