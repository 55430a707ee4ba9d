import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';
import { reviseOnWrite } from './0008-owner-revision.js';

/**
 * Issue 20's daily list: a family flag on people (friends come due before relatives),
 * the list's own picks (a dormant tie a day, a plain hello a week) with their
 * dismissals, and the tier-size advice the user has answered. In the database, not in
 * a process, so two servers agree on the day's pick and on what was answered.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('person')
    .addColumn('family', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // One pick of each kind a day at most; `dismissed_on` silences the person for a long while.
  await db.schema
    .createTable('today_pick')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('shown_on', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('dismissed_on', 'text')
    .addPrimaryKeyConstraint('today_pick_pk', ['owner_id', 'kind', 'shown_on'])
    .addForeignKeyConstraint('today_pick_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('today_pick_owner_person').on('today_pick').columns(['owner_id', 'person_id']).execute();

  // Per tier (inner, close): the size the advice was answered at; it returns only if the tier grows past it.
  await db.schema
    .createTable('tier_advice')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tier', 'text', (col) => col.notNull())
    .addColumn('answered_size', 'integer', (col) => col.notNull())
    .addColumn('answered_on', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('tier_advice_pk', ['owner_id', 'tier'])
    .execute();

  if (dialect === 'postgres') {
    // The list records its own picks as it answers (as with `suggestion`): only a dismissal changes what it says.
    await reviseOnWrite(db, 'today_pick', ['update', 'delete']);
    await reviseOnWrite(db, 'tier_advice');
  }
}
