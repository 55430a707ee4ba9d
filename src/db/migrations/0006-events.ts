import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Organizations (with your membership), people's affiliations, events, and the people
 * met or attending at each event. An event's organization is a plain composite
 * reference without ON DELETE: deleting an organization clears it in the use-case,
 * which reports what it unlinked (SET NULL would also null owner_id).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('sort_name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('notes', 'text')
    .addColumn('member_since', 'text')
    .addColumn('member_role', 'text')
    .addColumn('member_renews_on', 'text')
    // the reminder the renewal date became, replaced when the date changes
    .addColumn('member_reminder_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('organization_pk', ['owner_id', 'id'])
    .execute();
  await db.schema
    .createIndex('organization_owner_sort')
    .on('organization')
    .columns(['owner_id', 'sort_name', 'id'])
    .execute();

  await db.schema
    .createTable('affiliation')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('organization_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('role', 'text')
    .addColumn('current', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('affiliation_pk', ['owner_id', 'organization_id', 'person_id'])
    .addForeignKeyConstraint(
      'affiliation_organization_fk',
      ['owner_id', 'organization_id'],
      'organization',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('affiliation_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('affiliation_owner_person')
    .on('affiliation')
    .columns(['owner_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('event')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('starts_on', 'text', (col) => col.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('location', 'text')
    .addColumn('url', 'text')
    .addColumn('organization_id', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('talk_title', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('event_organization_fk', ['owner_id', 'organization_id'], 'organization', [
      'owner_id',
      'id',
    ])
    .execute();
  await db.schema.createIndex('event_owner_starts').on('event').columns(['owner_id', 'starts_on', 'id']).execute();
  await db.schema
    .createIndex('event_owner_organization')
    .on('event')
    .columns(['owner_id', 'organization_id'])
    .execute();

  await db.schema
    .createTable('event_person')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('relation', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('event_person_pk', ['owner_id', 'event_id', 'person_id'])
    .addForeignKeyConstraint('event_person_event_fk', ['owner_id', 'event_id'], 'event', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('event_person_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('event_person_owner_person')
    .on('event_person')
    .columns(['owner_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('event_person_owner_follow_up')
    .on('event_person')
    .columns(['owner_id', 'follow_up'])
    .execute();
  // deleting an event clears interaction.event_id (0002 left it without a reference)
  await db.schema.createIndex('interaction_owner_event').on('interaction').columns(['owner_id', 'event_id']).execute();
}
