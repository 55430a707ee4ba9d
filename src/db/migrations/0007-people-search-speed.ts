import { type Kysely, sql } from 'kysely';
import { wordSuffixes } from '../../core/people/search-words.js';
import { foldText } from '../../core/shared/text.js';
import type { Dialect } from '../connect.js';
import { chunk } from '../repos/chunk.js';

/**
 * People search that stays fast at 100,000 people, and cheaper to write (issue 2).
 *
 * SQLite: person_value becomes a WITHOUT ROWID table (rows live in its primary key's
 * b-tree, one write instead of two per value). The FTS5 tables become contentless (the
 * text lives in `person` already; storing it again cost a third of an insert), and
 * `person (owner_id, search_rowid)`
 * maps their rowids back to people. The name column is written with a leading space, so
 * the phrase `" ada"` finds names with a word starting "ada" (the first ranking tier)
 * straight from the trigram index. The company is indexed as the suffixes of its words
 * in the word index (a word prefix of a suffix is a substring: "buck" finds Starbucks).
 *
 * PostgreSQL: the trigram index over all of a person's text (slow to write, and a
 * common term matched thousands of rows) gives way to a trigram index on the short
 * name column; the rest is matched by word prefix through the tsvector, as on SQLite,
 * with punctuation read as a word break ("quantum" finds mia@quantum.io). The tsvector
 * also holds every suffix of the company's words, so "buck" still finds Starbucks.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`ALTER TABLE person_name_fts RENAME TO person_name_fts_stored`.execute(db);
    await sql`ALTER TABLE person_body_fts RENAME TO person_body_fts_stored`.execute(db);
    // owner_id, person_id and company_text stay declared (UNINDEXED ones are never
    // stored; company_text is left empty) so that writers naming them keep working;
    // owners are told apart through person.search_rowid. The company moves to the word
    // index as suffixes of its words (`wordSuffixes`): in the trigram index each of its
    // trigrams listed every person of the company, which made common terms slow.
    await sql`CREATE VIRTUAL TABLE person_name_fts USING fts5(
      owner_id UNINDEXED, person_id UNINDEXED, name_text, company_text,
      tokenize = 'trigram', content = '', contentless_delete = 1
    )`.execute(db);
    // No prefix indexes: they tripled the tokens written, and a word prefix of three
    // characters or more spans few distinct words, which FTS5 merges quickly.
    await sql`CREATE VIRTUAL TABLE person_body_fts USING fts5(
      owner_id UNINDEXED, person_id UNINDEXED, body_text,
      tokenize = 'unicode61', content = '', contentless_delete = 1
    )`.execute(db);
    const stored = await sql<{ fts_id: number; name_text: string; company_text: string; body_text: string }>`
      SELECT n.rowid AS fts_id, n.name_text, n.company_text, b.body_text
      FROM person_name_fts_stored n JOIN person_body_fts_stored b ON b.rowid = n.rowid`.execute(db);
    for (const row of stored.rows) {
      await sql`INSERT INTO person_name_fts (rowid, name_text) VALUES (${row.fts_id}, ${` ${row.name_text}`})`.execute(
        db,
      );
      await sql`INSERT INTO person_body_fts (rowid, body_text)
        VALUES (${row.fts_id}, ${`${row.body_text} ${wordSuffixes(row.company_text)}`})`.execute(db);
    }
    await sql`DROP TABLE person_name_fts_stored`.execute(db);
    await sql`DROP TABLE person_body_fts_stored`.execute(db);
    await rebuildPersonValueWithoutRowid(db);
    await db.schema
      .createIndex('person_owner_search_rowid')
      .on('person')
      .columns(['owner_id', 'search_rowid'])
      .execute();
    return;
  }

  await sql`DROP INDEX person_search_trgm`.execute(db);
  await sql`DROP INDEX person_search_tsv`.execute(db);
  await sql`ALTER TABLE person_search DROP COLUMN tsv`.execute(db);
  await sql`ALTER TABLE person_search DROP COLUMN all_text`.execute(db);
  await sql`ALTER TABLE person_search ADD COLUMN company_words text NOT NULL DEFAULT ''`.execute(db);
  const typed = db as Kysely<{ person: { owner_id: string; id: string; company: string | null } }>;
  const companies = await typed
    .selectFrom('person')
    .select(['owner_id', 'id', 'company'])
    .where('company', 'is not', null)
    .execute();
  for (const batch of chunk(companies, 1000)) {
    const rows = sql.join(
      batch.map((row) => sql`(${row.owner_id}, ${row.id}, ${wordSuffixes(foldText(row.company ?? ''))})`),
    );
    await sql`UPDATE person_search AS s SET company_words = v.company_words
      FROM (VALUES ${rows}) AS v (owner_id, person_id, company_words)
      WHERE s.owner_id = v.owner_id AND s.person_id = v.person_id`.execute(db);
  }
  await sql`ALTER TABLE person_search ADD COLUMN tsv tsvector GENERATED ALWAYS AS
    (to_tsvector('simple', regexp_replace(body_text || ' ' || company_words, '[^[:alnum:]]+', ' ', 'g'))) STORED`.execute(
    db,
  );
  // Not led by owner_id (ADR 0009): a GIN index on (owner_id, …) reads the owner's whole
  // posting list, every row of theirs, on each search (over 10 ms at 100,000 people).
  // PostgreSQL checks the owner on the rows found, or ANDs these with the primary key
  // (owner_id, person_id) when the owner is a small part of the table.
  await sql`CREATE INDEX person_search_name_trgm ON person_search USING gin (name_text gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX person_search_tsv ON person_search USING gin (tsv)`.execute(db);
}

/** SQLite cannot change a table to WITHOUT ROWID in place: copy it into a new one. */
async function rebuildPersonValueWithoutRowid(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_value_rebuilt')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('value_key', 'text', (col) => col.notNull())
    .addColumn('label', 'text')
    .addPrimaryKeyConstraint('person_value_pk', ['owner_id', 'person_id', 'kind', 'position'])
    .addForeignKeyConstraint('person_value_person_fk', ['owner_id', 'person_id'], 'person', ['owner_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .modifyEnd(sql`WITHOUT ROWID`)
    .execute();
  await sql`INSERT INTO person_value_rebuilt (owner_id, person_id, kind, position, value, value_key, label)
    SELECT owner_id, person_id, kind, position, value, value_key, label FROM person_value`.execute(db);
  await sql`DROP TABLE person_value`.execute(db);
  await sql`ALTER TABLE person_value_rebuilt RENAME TO person_value`.execute(db);
  await db.schema
    .createIndex('person_value_owner_kind_key')
    .on('person_value')
    .columns(['owner_id', 'kind', 'value_key'])
    .execute();
}
