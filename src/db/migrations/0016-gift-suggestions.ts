import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The daily list's "you have something for X" (issue 13): each item and person it was
 * proposed for, and the day, so a pair is never proposed twice and a day's proposal
 * stays the same all day. Goes with the item and with the person.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('gift_suggestion')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('shown_on', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('gift_suggestion_pk', ['owner_id', 'item_id', 'person_id'])
    .addForeignKeyConstraint('gift_suggestion_item_fk', ['owner_id', 'item_id'], 'item', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'gift_suggestion_person_fk',
      ['owner_id', 'person_id'],
      'person',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('gift_suggestion_owner_day')
    .on('gift_suggestion')
    .columns(['owner_id', 'shown_on'])
    .execute();
}
