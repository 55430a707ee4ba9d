import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Interactions and who took part; each person's last interaction day (on person, kept
 * from the interactions on every write, indexed so the daily list reads only who is due);
 * snooze and drift silence; reminders, occasions, and the days someone was suggested.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('person').addColumn('last_interaction_on', 'text').execute();
  // Per tier, people without their own cadence in clock-start order (the most overdue
  // first); partial indexes, so that both databases can read them in order and stop early.
  await db.schema
    .createIndex('person_owner_keep_in_touch')
    .on('person')
    .columns(['owner_id', 'archived', 'tier', 'last_interaction_on'])
    .where(sql.ref('cadence_days'), 'is', null)
    .execute();
  await db.schema
    .createIndex('person_owner_never_contacted')
    .on('person')
    .columns(['owner_id', 'archived', 'tier', 'created_at'])
    .where((eb) => eb.and([eb(sql.ref('cadence_days'), 'is', null), eb(sql.ref('last_interaction_on'), 'is', null)]))
    .execute();
  await db.schema.createIndex('person_owner_cadence').on('person').columns(['owner_id', 'cadence_days']).execute();
  // Birthdays by month and day (YYYY-MM-DD and --MM-DD alike), for the week ahead.
  await db.schema
    .createIndex('person_owner_birthday_month_day')
    .on('person')
    .expression(sql`owner_id, substr(birthday, length(birthday) - 4)`)
    .execute();

  await db.schema
    .createTable('interaction')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('notes', 'text')
    // Events arrive with their own feature; no foreign key until then.
    .addColumn('event_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('interaction_pk', ['owner_id', 'id'])
    .execute();
  await db.schema
    .createIndex('interaction_owner_occurred')
    .on('interaction')
    .columns(['owner_id', 'occurred_on', 'occurred_at', 'id'])
    .execute();

  await db.schema
    .createTable('interaction_person')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('interaction_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('interaction_person_pk', ['owner_id', 'interaction_id', 'person_id'])
    .addForeignKeyConstraint(
      'interaction_person_interaction_fk',
      ['owner_id', 'interaction_id'],
      'interaction',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'interaction_person_person_fk',
      ['owner_id', 'person_id'],
      'person',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('interaction_person_owner_person_on')
    .on('interaction_person')
    .columns(['owner_id', 'person_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('contact_state')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('drift_silenced_until', 'text')
    .addPrimaryKeyConstraint('contact_state_pk', ['owner_id', 'person_id'])
    .addForeignKeyConstraint('contact_state_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('reminder')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('reminder_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('reminder_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reminder_owner_open')
    .on('reminder')
    .columns(['owner_id', 'done_at', 'due_on'])
    .execute();
  await db.schema.createIndex('reminder_owner_person').on('reminder').columns(['owner_id', 'person_id']).execute();

  await db.schema
    .createTable('occasion')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('occasion_pk', ['owner_id', 'id'])
    .addForeignKeyConstraint('occasion_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('occasion_owner_person').on('occasion').columns(['owner_id', 'person_id']).execute();

  await db.schema
    .createTable('suggestion')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('shown_on', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('suggestion_pk', ['owner_id', 'person_id', 'shown_on'])
    .addForeignKeyConstraint('suggestion_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}
