import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type MigrationResult, Migrator, PostgresDialect, sql } from 'kysely';
import { migrationNames, migrationsFor } from './migrations/index.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string; busyWaitMs?: number }
  | { dialect: 'postgres'; url: string; schema?: string; poolSize?: number };

export type Connection = {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for people: a file path or the database URL without its password. */
  location: string;
  /** The PostgreSQL schema the connection works in, when not the default. */
  schema?: string;
  /** The raw better-sqlite3 handle, for the online backup; absent on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
};

/** `$KITH_DATA_DIR`, else the XDG data dir (`~/.local/share/kith`). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KITH_DATA_DIR) return env.KITH_DATA_DIR;
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'kith');
}

/** PostgreSQL when DATABASE_URL is set, else SQLite in the data dir. */
export function configFromEnvironment(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): DatabaseConfig {
  const env = options.env ?? process.env;
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    // Several kith installs (or test runs) can share one database, each in its own schema.
    return { dialect: 'postgres', url, ...(env.KITH_DATABASE_SCHEMA ? { schema: env.KITH_DATABASE_SCHEMA } : {}) };
  }
  const dataDir = options.dataDir ?? defaultDataDir(env);
  const busyWaitMs = Number(env.KITH_BUSY_WAIT_MS);
  return {
    dialect: 'sqlite',
    file: join(dataDir, 'kith.db'),
    ...(busyWaitMs > 0 ? { busyWaitMs } : {}),
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/**
 * Up to 256 MiB of page cache: a 100,000-person network (about 300 MB on disk) keeps
 * its indexes in memory, and a bulk insert of that size writes its pages once, at
 * commit, instead of spilling them to the WAL midway. SQLite allocates it only as used.
 */
export const SQLITE_CACHE_KIB = 262_144;

export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Short: better-sqlite3 waits for a lock synchronously; longer waits are awaited retries (sqlite-dialect.ts).
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  return sqlite;
}

/**
 * Sets SQLite's own page cache to its default 2 MiB until the returned function gives it
 * back its size. For a read that passes over a whole table once (dedupe's): each page is
 * used once, so caching them buys nothing, and at 100,000 people the pages kept were a
 * fifth of the process's peak memory. They stay in the operating system's file cache, so
 * later queries that need them read them back quickly.
 */
export function shrinkPageCache(sqlite: SqliteDatabase.Database): () => void {
  sqlite.pragma('cache_size = -2000');
  // The configured size, not the size found: two such reads may overlap.
  return () => sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
}

/** Opens the database and applies every pending migration. */
export async function connect(config: DatabaseConfig): Promise<Connection> {
  const connection =
    config.dialect === 'sqlite' ? connectSqlite(config.file, config.busyWaitMs) : await connectPostgres(config);
  await migrate(connection);
  return connection;
}

function connectSqlite(file: string, busyWaitMs?: number): Connection {
  const sqlite = openSqlite(file);
  const dialect = new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }, busyWaitMs);
  const db = new Kysely<Database>({ dialect });
  return { db, dialect: 'sqlite', location: file, sqlite, close: () => db.destroy() };
}

async function connectPostgres(config: { url: string; schema?: string; poolSize?: number }): Promise<Connection> {
  // Loaded only when used: a laptop install on SQLite never pays for the driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    ...(config.schema ? { options: `-c search_path=${config.schema},public` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    location: redactUrl(config.url),
    ...(config.schema ? { schema: config.schema } : {}),
    close: () => db.destroy(),
  };
}

export async function migrate(connection: Pick<Connection, 'db' | 'dialect' | 'schema'>): Promise<void> {
  if (await isMigrated(connection)) return;
  await migrateTo(connection);
}

/**
 * Whether the database records exactly kith's migrations, as it does on every start but
 * the first after an upgrade: one read. Kysely's migrator would list every table, take its
 * lock in a write transaction and load each migration's module first, some 20 ms of a
 * command's start. Anything else (a new database, a pending migration, one kith does not
 * know) goes to the migrator, which applies or reports it.
 */
export async function isMigrated(connection: Pick<Connection, 'db' | 'schema'>): Promise<boolean> {
  const table = connection.schema ? sql.table(`${connection.schema}.kysely_migration`) : sql.table('kysely_migration');
  let applied: { name: string }[];
  try {
    ({ rows: applied } = await sql<{ name: string }>`SELECT name FROM ${table}`.execute(connection.db));
  } catch {
    // no migration table yet: a new database
    return false;
  }
  const names = new Set(applied.map((row) => row.name));
  return names.size === migrationNames.length && migrationNames.every((name) => names.has(name));
}

/** Applies the migrations up to `target` (a name in migrations/index.ts), or every one. */
export async function migrateTo(
  connection: Pick<Connection, 'db' | 'dialect' | 'schema'>,
  target?: string,
): Promise<void> {
  const migrator = new Migrator({
    db: connection.db,
    // Kysely looks for its bookkeeping tables in every schema unless told which; with
    // several kith schemas in one database (tests, benchmarks) it must be this one.
    ...(connection.schema ? { migrationTableSchema: connection.schema } : {}),
    provider: { getMigrations: async () => migrationsFor(connection.dialect) },
    // Names are ASCII ("0001-foundation"): plain order, not localeCompare, whose first
    // call builds a collator and costs every CLI command some 50 ms.
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  });
  const run = () => (target === undefined ? migrator.migrateToLatest() : migrator.migrateTo(target));
  // SQLite: Kysely runs each migration statement as its own commit, and with synchronous
  // FULL each commit waited for the disk (about 0.5 s of a new data dir's first command,
  // nine tenths of the migrations' time). NORMAL keeps every commit atomic and the file
  // consistent; what a power cut could lose is the last statements applied, which the next
  // start applies again: the state a process stopped at that point leaves (ADR 0051).
  const sqlite = connection.dialect === 'sqlite';
  if (sqlite) await sql`PRAGMA synchronous = NORMAL`.execute(connection.db);
  let error: unknown;
  let results: MigrationResult[] | undefined;
  try {
    ({ error, results } = await run());
  } finally {
    // Back to FULL for everything else: its next commit, or the checkpoint on close, puts the migrations on disk.
    if (sqlite) await sql`PRAGMA synchronous = FULL`.execute(connection.db);
  }
  // Kysely first lists every table of the database; a schema dropped meanwhile by another
  // client (parallel test suites) fails that listing. Nothing was applied, so try again.
  for (let attempt = 1; attempt < 5 && error && results === undefined && isVanishedRelation(error); attempt++) {
    ({ error, results } = await run());
  }
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isVanishedRelation(error: unknown): boolean {
  // A table's column can vanish the same way, its schema dropped while Kysely lists columns.
  return (
    error instanceof Error &&
    /^((schema|relation) ".*"|column ".*" of relation ".*") does not exist$/.test(error.message)
  );
}
