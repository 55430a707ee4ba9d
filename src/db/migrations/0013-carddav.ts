import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * CardDAV (issue 15). kith's own change tracking for address-book sync:
 * - `person.card_revision`: the owner's revision at which the person's card last changed
 *   (stamped by the people repository, the one place that writes people);
 * - `card_clock`: each owner's latest revision, raised by every write that changes a card
 *   (its row lock orders concurrent writers, so a revision is committed before a higher one);
 * - `card_tombstone`: card names (hrefs) gone (a person deleted or merged away, a card
 *   renamed by a phone's duplicate), at the revision they went;
 * - `dav_card`: what a phone gave a card beyond kith's fields: the resource name and UID it
 *   chose, and the vCard properties kith does not model, kept raw and written back.
 * `api_token.kind` tells app passwords (`dav`, HTTP Basic on /dav only) from API tokens.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('person')
    .addColumn('card_revision', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('person_owner_card_revision')
    .on('person')
    .columns(['owner_id', 'card_revision'])
    .execute();

  await db.schema
    .createTable('card_clock')
    .addColumn('owner_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('card_tombstone')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('href', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('card_tombstone_pk', ['owner_id', 'href'])
    .execute();
  await db.schema
    .createIndex('card_tombstone_owner_revision')
    .on('card_tombstone')
    .columns(['owner_id', 'revision'])
    .execute();

  await db.schema
    .createTable('dav_card')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('href', 'text', (col) => col.notNull())
    .addColumn('uid', 'text', (col) => col.notNull())
    .addColumn('extras', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('dav_card_pk', ['owner_id', 'person_id'])
    .execute();
  await db.schema.createIndex('dav_card_owner_href').on('dav_card').columns(['owner_id', 'href']).unique().execute();

  await db.schema
    .alterTable('api_token')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('api'))
    .execute();
}
