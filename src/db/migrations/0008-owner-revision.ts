import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * The tables whose writes may change what an owner's cached answers (the daily list) say.
 * Left out: credentials (sessions and tokens are touched on reads; a revoked token is
 * below), the search rows (written with their person row), and `suggestion` (written by
 * the daily list itself; today's showings do not change today's list).
 */
export const revisedTables = [
  'person',
  'person_value',
  'interaction',
  'interaction_person',
  'contact_state',
  'reminder',
  'occasion',
  'item',
  'share',
  'introduction',
  'organization',
  'affiliation',
  'event',
  'event_person',
] as const;

/**
 * PostgreSQL: `owner_revision`, one counter per owner, raised in the same transaction as
 * every write to the tables above and to the owner's settings (ADR 0010). Statement-level
 * triggers with transition tables raise it once per statement, not once per row, so a
 * bulk import pays one small update per batch. Several server processes compare it to
 * what they cached. SQLite needs no table: one file, and `PRAGMA data_version` with the
 * connection's `total_changes()` say whether anything was written since (see
 * `src/db/repos/keep-in-touch.ts`).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.schema
    .createTable('owner_revision')
    .addColumn('owner_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('revision', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  await sql`insert into owner_revision (owner_id) select id from users`.execute(db);

  await sql`
    create function kith_revise_owner() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update owner_revision set revision = revision + 1
        where owner_id in (select distinct owner_id from old_rows);
      else
        update owner_revision set revision = revision + 1
        where owner_id in (select distinct owner_id from new_rows);
      end if;
      return null;
    end $$`.execute(db);
  for (const table of revisedTables) await reviseOnWrite(db, table);
  // A revoked token must stop working in every server process that cached it.
  await reviseOnWrite(db, 'api_token', ['delete']);

  // The owner's settings live in their users row; a new user starts at revision 0.
  await sql`
    create function kith_revise_user() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into owner_revision (owner_id) select id from new_rows;
      else
        update owner_revision set revision = revision + 1 where owner_id in (select id from new_rows);
      end if;
      return null;
    end $$`.execute(db);
  for (const event of ['insert', 'update'] as const) {
    await sql`
      create trigger ${sql.raw(`users_revise_${event}`)} after ${sql.raw(event)} on users
      referencing new table as new_rows for each statement execute function kith_revise_user()`.execute(db);
  }
}

type WriteEvent = 'insert' | 'update' | 'delete';

/** Raises the owner's revision after every statement that writes `table` (PostgreSQL); a later migration's new table calls it too. */
export async function reviseOnWrite(
  db: Kysely<unknown>,
  table: string,
  events: readonly WriteEvent[] = ['insert', 'update', 'delete'],
): Promise<void> {
  for (const event of events) {
    const referencing = event === 'delete' ? 'old table as old_rows' : 'new table as new_rows';
    await sql`
      create trigger ${sql.raw(`${table}_revise_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
      referencing ${sql.raw(referencing)} for each statement execute function kith_revise_owner()`.execute(db);
  }
}
