/** SQLite's bulk insert of people (ADR 0009): prepared statements on the connection under Kysely's transaction. */
import type SqliteDatabase from 'better-sqlite3';
import type { PersonIndexing } from '../../core/people/indexing.js';
import type { Person } from '../../core/people/schema.js';
import { wordIndexText } from '../../core/people/search-words.js';
import type { PersonKeyTable, PersonTable } from '../schema.js';
import { personColumns, toRow } from './people-rows.js';
import { ftsNameText } from './people-search-text.js';

/** Every column a row from `toRow` fills: those a person is read from, and the keys and counters kept beside them. */
const rowColumns = [
  ...personColumns,
  'owner_id',
  'sort_name',
  'search_name',
  'search_rowid',
  'search_words',
  'card_revision',
] as const satisfies readonly (keyof PersonTable)[];

const keyColumns = ['owner_id', 'kind', 'value_key', 'person_id'] as const satisfies readonly (keyof PersonKeyTable)[];

type BulkStatements = Record<'person' | 'key' | 'names' | 'body', SqliteDatabase.Statement>;
const bulkStatements = new WeakMap<SqliteDatabase.Database, BulkStatements>();

function bulkStatementsFor(sqlite: SqliteDatabase.Database): BulkStatements {
  let statements = bulkStatements.get(sqlite);
  if (!statements) {
    // Values are bound by position: by name (@owner_id …), better-sqlite3 looks each one up on the row object.
    const insert = (table: string, columns: readonly string[], verb = 'INSERT') =>
      sqlite.prepare(`${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    statements = {
      person: insert('person', rowColumns),
      key: insert('person_key', keyColumns, 'INSERT OR IGNORE'),
      names: sqlite.prepare('INSERT INTO person_name_fts (rowid, name_text) VALUES (?, ?)'),
      body: sqlite.prepare('INSERT INTO person_body_fts (rowid, body_text) VALUES (?, ?)'),
    };
    bulkStatements.set(sqlite, statements);
  }
  return statements;
}

/**
 * SQLite's bulk insert: one prepared statement per table, run row by row inside the
 * caller's transaction. Building a multi-row INSERT through Kysely (compiling thousands
 * of parameters per batch) cost more than SQLite's own work.
 */
export function insertSqlite(
  sqlite: SqliteDatabase.Database,
  ownerId: string,
  people: readonly Person[],
  indexing: (index: number) => PersonIndexing,
  firstRowid: number,
  cardRevision: number,
): void {
  const statements = bulkStatementsFor(sqlite);
  let rowid = firstRowid;
  for (const [index, person] of people.entries()) {
    const entry = indexing(index);
    const row = toRow(ownerId, person, rowid, entry, cardRevision);
    statements.person.run(rowColumns.map((column) => row[column]));
    for (const { kind, key } of entry.keys) statements.key.run(ownerId, kind, key, person.id);
    statements.names.run(rowid, ftsNameText(row.search_name));
    statements.body.run(rowid, wordIndexText(row.search_words, entry.nameMarks));
    rowid += 1;
  }
}
