import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * A person's photo (issue 21, ADR 0031): one row per person, either the picture itself,
 * resized to at most 512 px and kept as base64 text (what vCards and the JSON backup carry,
 * and text on both databases), or the address of a picture kith never fetches (a card's
 * `PHOTO;VALUE=uri`). `hash` is the picture's version: its HTTP ETag.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('person_photo')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('content_type', 'text')
    .addColumn('data', 'text')
    .addColumn('url', 'text')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('hash', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('person_photo_pk', ['owner_id', 'person_id'])
    .addForeignKeyConstraint('person_photo_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}
