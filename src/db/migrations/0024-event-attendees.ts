import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Conference mode (issue 19, items 5 and 6). An event's attendee or speaker list: the
 * rows of an imported CSV, kept apart from people (nobody joins your network until you
 * meet them), each with the person it matched, if any. `person_id` has no reference: a
 * merge or delete may take that person away, and a composite reference cannot clear
 * only its `person_id`; reads treat a missing person as no match.
 *
 * The event gains the talk's description beside its title, and the item that holds the
 * slides once they are first sent (the share is a share of that item, as for any item).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('event_attendee')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('line', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('company', 'text')
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .addColumn('profile_url', 'text')
    .addColumn('person_id', 'text')
    .addColumn('match_evidence', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_attendee_pk', ['owner_id', 'event_id', 'id'])
    .addForeignKeyConstraint('event_attendee_event_fk', ['owner_id', 'event_id'], 'event', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.alterTable('event').addColumn('talk_description', 'text').execute();
  await db.schema.alterTable('event').addColumn('talk_item_id', 'text').execute();
}
