import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/** Users, people and their values, and the people search index on each database. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text')
    .addColumn('display_name', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('settings', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('is_admin', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('person')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('sort_name', 'text', (col) => col.notNull())
    .addColumn('search_name', 'text', (col) => col.notNull())
    // SQLite only: the rowid of this person's rows in the FTS5 tables, so an update
    // replaces them by rowid instead of scanning for the person's id.
    .addColumn('search_rowid', 'integer')
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('nickname', 'text')
    .addColumn('title', 'text')
    .addColumn('company', 'text')
    .addColumn('industry', 'text')
    .addColumn('location', 'text')
    .addColumn('birthday', 'text')
    .addColumn('tier', 'text', (col) => col.notNull())
    .addColumn('cadence_days', 'integer')
    .addColumn('how_met', 'text')
    .addColumn('met_on', 'text')
    .addColumn('introduced_by_id', 'text')
    .addColumn('notes', 'text')
    .addColumn('archived', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('person_pk', ['owner_id', 'id'])
    .execute();
  await db.schema.createIndex('person_owner_sort').on('person').columns(['owner_id', 'sort_name', 'id']).execute();
  await db.schema.createIndex('person_owner_tier').on('person').columns(['owner_id', 'tier']).execute();

  await db.schema
    .createTable('person_value')
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
    .execute();
  await db.schema
    .createIndex('person_value_owner_kind_key')
    .on('person_value')
    .columns(['owner_id', 'kind', 'value_key'])
    .execute();

  if (dialect === 'sqlite') {
    // Names and company get trigram tokens, for substring matches ("buck" finds
    // "Starbucks"); the longer rest gets word tokens with prefix indexes, which are
    // several times cheaper to write. Text is folded (lowercase, no accents) before it
    // is written, so no tokenizer option is needed for accents.
    await sql`CREATE VIRTUAL TABLE person_name_fts USING fts5(
      owner_id UNINDEXED, person_id UNINDEXED, name_text, company_text, tokenize = 'trigram'
    )`.execute(db);
    await sql`CREATE VIRTUAL TABLE person_body_fts USING fts5(
      owner_id UNINDEXED, person_id UNINDEXED, body_text, tokenize = 'unicode61', prefix = '2 3'
    )`.execute(db);
  } else {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE EXTENSION IF NOT EXISTS btree_gin`.execute(db);
    await db.schema
      .createTable('person_search')
      .addColumn('owner_id', 'text', (col) => col.notNull())
      .addColumn('person_id', 'text', (col) => col.notNull())
      .addColumn('name_text', 'text', (col) => col.notNull())
      .addColumn('body_text', 'text', (col) => col.notNull())
      .addColumn('all_text', 'text', (col) => col.notNull())
      .addColumn('tsv', sql`tsvector`, (col) => col.generatedAlwaysAs(sql`to_tsvector('simple', all_text)`).stored())
      .addPrimaryKeyConstraint('person_search_pk', ['owner_id', 'person_id'])
      .addForeignKeyConstraint(
        'person_search_person_fk',
        ['owner_id', 'person_id'],
        'person',
        ['owner_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await sql`CREATE INDEX person_search_trgm ON person_search USING gin (owner_id, all_text gin_trgm_ops)`.execute(db);
    await sql`CREATE INDEX person_search_tsv ON person_search USING gin (owner_id, tsv)`.execute(db);
  }
}
