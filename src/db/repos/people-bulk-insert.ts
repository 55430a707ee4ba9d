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

type BulkStatements = Record<'person' | 'key' | 'nameStart' | 'names' | 'body', SqliteDatabase.Statement>;
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
      nameStart: sqlite.prepare(
        'INSERT INTO person_name_start (owner_id, start, sort_name, person_id, search_name) VALUES (?, ?, ?, ?, ?)',
      ),
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
  const starts: NameStart[] = [];
  let rowid = firstRowid;
  for (const [index, person] of people.entries()) {
    const entry = indexing(index);
    const row = toRow(ownerId, person, rowid, entry, cardRevision);
    statements.person.run(rowColumns.map((column) => row[column]));
    for (const { kind, key } of entry.keys) statements.key.run(ownerId, kind, key, person.id);
    for (const start of entry.nameStarts) starts.push([start, row.sort_name, person.id, row.search_name]);
    statements.names.run(rowid, ftsNameText(row.search_name));
    statements.body.run(rowid, wordIndexText(row.search_words, entry.nameSuffixes));
    rowid += 1;
  }
  // In key order, after the batch's people: each row then lands near the one before in
  // the index's pages, not anywhere across them (about eight rows a person). A whole
  // 50,000-row `kith import` took 0.90 of the CPU, sort included (paired, load 6-7).
  // nameStartRows's rows as values: built as objects and bound by name they cost about 4%
  // more CPU in a 30,000-person bulk create.
  starts.sort(byNameStartKey);
  for (const [start, sortName, personId, searchName] of starts)
    statements.nameStart.run(ownerId, start, sortName, personId, searchName);
}

/** A person_name_start row after its owner: start, sort name, person id (its key), and the folded name. */
type NameStart = [start: string, sortName: string, personId: string, searchName: string];

/** The order of person_name_start's key after the owner (code units, which is close enough: it only places rows). */
function byNameStartKey(a: NameStart, b: NameStart): number {
  for (let column = 0; column < 3; column++) {
    const x = a[column] as string;
    const y = b[column] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
