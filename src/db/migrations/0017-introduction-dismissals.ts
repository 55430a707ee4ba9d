import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Suggested introductions you dismissed, with what you said about them, so a pair is
 * not suggested again. One row per pair (the smaller id first); it goes with either person.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('introduction_dismissal')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('person_a_id', 'text', (col) => col.notNull())
    .addColumn('person_b_id', 'text', (col) => col.notNull())
    .addColumn('feedback', 'text')
    .addColumn('dismissed_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('introduction_dismissal_pk', ['owner_id', 'person_a_id', 'person_b_id'])
    .addForeignKeyConstraint(
      'introduction_dismissal_a_fk',
      ['owner_id', 'person_a_id'],
      'person',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'introduction_dismissal_b_fk',
      ['owner_id', 'person_b_id'],
      'person',
      ['owner_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('introduction_dismissal_owner_b')
    .on('introduction_dismissal')
    .columns(['owner_id', 'person_b_id'])
    .execute();
}
