import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/** Items to give, shares of an item with a person, and introductions between two people. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('item')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('topics', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('company', 'text')
    .addColumn('role', 'text')
    .addColumn('location', 'text')
    .addColumn('archived', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('item_pk', ['owner_id', 'id'])
    .execute();
  await db.schema.createIndex('item_owner_archived').on('item').columns(['owner_id', 'archived', 'id']).execute();

  await db.schema
    .createTable('share')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('shared_at', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('share_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('share_item_fk', ['owner_id', 'item_id'], 'item', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('share_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('share_owner_item').on('share').columns(['owner_id', 'item_id']).execute();
  await db.schema.createIndex('share_owner_person').on('share').columns(['owner_id', 'person_id']).execute();

  await db.schema
    .createTable('introduction')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('person_a_id', 'text', (col) => col.notNull())
    .addColumn('person_b_id', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('suggested_on', 'text', (col) => col.notNull())
    .addColumn('asked_a_on', 'text')
    .addColumn('asked_b_on', 'text')
    .addColumn('made_on', 'text')
    .addColumn('declined_on', 'text')
    .addColumn('follow_up_due', 'text')
    .addColumn('follow_up_reminder_id', 'text')
    .addColumn('followed_up_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('introduction_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('introduction_a_fk', ['owner_id', 'person_a_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('introduction_b_fk', ['owner_id', 'person_b_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('introduction_owner_a').on('introduction').columns(['owner_id', 'person_a_id']).execute();
  await db.schema.createIndex('introduction_owner_b').on('introduction').columns(['owner_id', 'person_b_id']).execute();
}
