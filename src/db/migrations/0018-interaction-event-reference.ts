import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * `interaction.event_id` gets the composite reference `(owner_id, event_id)` →
 * `event (owner_id, id)` that 0002 left for the events feature (issue 18): an interaction
 * can then only name its owner's own events, whatever the code above storage does. Like
 * `event.organization_id`, it has no ON DELETE action (SET NULL would null `owner_id`
 * too): deleting an event clears the interactions' `event_id` first.
 *
 * Rows written before it may name an event that is gone or is not the owner's (nothing
 * checked the id then); those lose the event, as a deleted event's interactions do.
 * PostgreSQL adds the constraint in place. SQLite cannot add one to a table, so the table
 * is rebuilt in one transaction; dropping the old table would delete its participants
 * (`interaction_person` cascades), so they are kept aside and put back.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const eventExists = sql`exists (select 1 from event e where e.owner_id = interaction.owner_id and e.id = interaction.event_id)`;
  if (dialect === 'postgres') {
    await sql`update interaction set event_id = null where event_id is not null and not ${eventExists}`.execute(db);
    await db.schema
      .alterTable('interaction')
      .addForeignKeyConstraint('interaction_event_fk', ['owner_id', 'event_id'], 'event', ['owner_id', 'id'])
      .execute();
    return;
  }
  await db.transaction().execute(async (trx) => {
    await sql`create temp table interaction_person_0018 as select * from interaction_person`.execute(trx);
    await trx.schema
      .createTable('interaction_0018')
      .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('occurred_at', 'text', (col) => col.notNull())
      .addColumn('occurred_on', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('notes', 'text')
      .addColumn('event_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('interaction_pk', ['owner_id', 'id'])
      .addForeignKeyConstraint('interaction_event_fk', ['owner_id', 'event_id'], 'event', ['owner_id', 'id'])
      .execute();
    await sql`
      insert into interaction_0018
        (owner_id, id, occurred_at, occurred_on, kind, summary, notes, event_id, created_at, updated_at)
      select owner_id, id, occurred_at, occurred_on, kind, summary, notes,
        case when ${eventExists} then event_id end, created_at, updated_at
      from interaction`.execute(trx);
    await sql`drop table interaction`.execute(trx);
    await sql`alter table interaction_0018 rename to interaction`.execute(trx);
    await sql`insert into interaction_person select * from temp.interaction_person_0018`.execute(trx);
    await sql`drop table temp.interaction_person_0018`.execute(trx);
    await trx.schema
      .createIndex('interaction_owner_occurred')
      .on('interaction')
      .columns(['owner_id', 'occurred_on', 'occurred_at', 'id'])
      .execute();
    await trx.schema
      .createIndex('interaction_owner_event')
      .on('interaction')
      .columns(['owner_id', 'event_id'])
      .execute();
  });
}
