import { type Kysely, sql } from 'kysely';
import { nameSuffixMarks, wordIndexText } from '../../core/people/search-words.js';
import type { Dialect } from '../connect.js';
import { makeBodyIndexAnew } from './0028-body-prefix-index.js';

const BATCH = 1_000;

/**
 * Issue 17: SQLite's word index also holds the marked suffixes of each person's name
 * words (`\uE001son`, nameSuffixMarks), so search's last tier (every term somewhere) is
 * one question to the word index, answered and intersected by FTS5 itself, instead of the
 * name trigrams' and the word index's sets intersected by SQLite (ADR 0049). The index is
 * contentless, so it is made anew, each person's text built from their row (their search
 * words and folded name). `person_body_vocab` lists the index's words, so search can ask
 * for a prefix's few words by name (FTS5 merges every match of a prefix before its first
 * row). The index on `(owner_id, search_rowid)` also holds the name key, the id and the
 * archived flag, so a tier's set is put in name order without reading its people's rows.
 * PostgreSQL has its trigram index on names and its own plan: nothing to do there.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  // One transaction: Kysely runs SQLite migrations outside one (ADR 0040).
  await db.transaction().execute(async (trx) => {
    await makeBodyIndexAnew(trx);
    await sql`CREATE VIRTUAL TABLE person_body_vocab USING fts5vocab(person_body_fts, row)`.execute(trx);
    // A tier's set is put in name order on this index alone; people are read for the page.
    await trx.schema.dropIndex('person_owner_search_rowid').execute();
    await trx.schema
      .createIndex('person_owner_search_rowid')
      .on('person')
      .columns(['owner_id', 'search_rowid', 'sort_name', 'id', 'archived'])
      .execute();
    await refillBodyIndex(trx, (row) => wordIndexText(row.search_words, nameSuffixMarks(row.search_name)));
  });
}

/** What a person's word index text is written from: their search rowid, folded name, sort name and search words. */
export type BodyIndexRow = { search_rowid: number; search_name: string; sort_name: string; search_words: string };

/**
 * Writes each stored person's text, `text(row)`, into an empty person_body_fts (SQLite):
 * each owner's people in search rowid order, a page at a time (the index on
 * (owner_id, search_rowid) pages them; without the owner, each page read every person).
 */
export async function refillBodyIndex(db: Kysely<unknown>, text: (row: BodyIndexRow) => string): Promise<void> {
  const owners = await sql<{ id: string }>`SELECT id FROM users`.execute(db);
  for (const { id: ownerId } of owners.rows) {
    let after = 0;
    for (;;) {
      const rows = await sql<BodyIndexRow>`SELECT search_rowid, search_name, sort_name, search_words FROM person
        WHERE owner_id = ${ownerId} AND search_rowid > ${after} ORDER BY search_rowid LIMIT ${BATCH}`.execute(db);
      for (const row of rows.rows) {
        await sql`INSERT INTO person_body_fts (rowid, body_text) VALUES (${row.search_rowid}, ${text(row)})`.execute(
          db,
        );
      }
      const last = rows.rows.at(-1)?.search_rowid;
      if (rows.rows.length < BATCH || last == null) break;
      after = last;
    }
  }
}
