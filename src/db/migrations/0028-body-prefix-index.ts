import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';
import { fillBodyIndex } from './0010-people-write-speed.js';

/**
 * Issue 17: SQLite's word index keeps the one- and two-character starts of its words as
 * words of their own (FTS5 `prefix = '1 2'`), so a search term ending in a short part,
 * as an email is typed ("jeanne.s", "ada.l"), reads one list instead of merging the list
 * of every word starting "s" first: 250 ms at a million people before, 8 ms after
 * (ADR 0040). The index is contentless, so it is made anew and filled from the people.
 * PostgreSQL's tsvector has no such cost: nothing to do there.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  // One transaction: Kysely runs SQLite migrations outside one, and a commit (with its
  // sync) per person took 25 minutes at a million people.
  await db.transaction().execute(async (trx) => {
    await makeBodyIndexAnew(trx);
    await fillBodyIndex(trx);
  });
}

/**
 * SQLite's word index dropped and made anew, empty, with its prefix lists of one and two
 * characters; migration 0036 makes it anew the same way before filling it with more.
 */
export async function makeBodyIndexAnew(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE person_body_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE person_body_fts USING fts5(
    owner_id UNINDEXED, person_id UNINDEXED, body_text,
    tokenize = "unicode61 categories 'L* N* Co M*'", content = '', contentless_delete = 1, detail = none,
    prefix = '1 2'
  )`.execute(db);
  // Merged eight segments at a time, as since migration 0010 (the setting goes with the table).
  await sql`INSERT INTO person_body_fts (person_body_fts, rank) VALUES ('automerge', 8)`.execute(db);
}
