import { type Kysely, sql } from 'kysely';
import { nameMarks, wordIndexText } from '../../core/people/search-words.js';
import type { Dialect } from '../connect.js';
import { makeBodyIndexAnew } from './0028-body-prefix-index.js';
import { refillBodyIndex } from './0036-name-suffixes-in-word-index.js';

/**
 * Issue 17, SQLite: search's first tier (a word of the name starts with the first term)
 * reads the name index's range of names starting with it and the word index's marked
 * later words of names (`\uE002lovelace`, nameMarks), so person_name_start, a row per
 * start of every name word (eight a person, half of what an import wrote), goes (ADR
 * 0059). The word index is contentless, so it is made anew, each person's text built from
 * their row. PostgreSQL keeps its name starts: nothing to do there.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  // One transaction: Kysely runs SQLite migrations outside one (ADR 0040).
  await db.transaction().execute(async (trx) => {
    await sql`DROP TABLE person_name_start`.execute(trx);
    await sql`DROP TABLE person_body_vocab`.execute(trx);
    await makeBodyIndexAnew(trx);
    await sql`CREATE VIRTUAL TABLE person_body_vocab USING fts5vocab(person_body_fts, row)`.execute(trx);
    await refillBodyIndex(trx, (row) => wordIndexText(row.search_words, nameMarks(row.search_name, row.sort_name)));
  });
}
