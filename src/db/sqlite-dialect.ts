import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { KithError } from '../core/errors.js';

/**
 * SQLite shared by `kith serve` and `kith` commands (ADR 0017). One file has one writer
 * at a time, so:
 *
 * - a transaction starts with `BEGIN IMMEDIATE`, taking the write lock before its first
 *   read; a deferred `BEGIN` that reads and then writes fails at once with
 *   SQLITE_BUSY when another process wrote meanwhile, whatever the busy timeout;
 * - a write that finds the lock taken is retried with growing pauses, awaited (the
 *   busy timeout blocks the whole event loop, so it stays short), for at most
 *   `busyWaitMs`;
 * - past that bound it fails as DATABASE_BUSY: 503 with Retry-After over HTTP, one clear
 *   line from the CLI.
 */
export const SQLITE_BUSY_WAIT_MS = 15_000;

/** The few milliseconds better-sqlite3 may block the event loop waiting for a lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 50;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED');
}

function busyError(waitedMs: number): KithError {
  return new KithError(
    'DATABASE_BUSY',
    `The database is busy: another kith process has been writing to it for ${Math.round(waitedMs / 1000)} seconds. Try again in a moment.`,
    { retryAfterSeconds: 2 },
  );
}

/** Runs `run` until it does not fail with SQLITE_BUSY, pausing longer each time, for at most `waitMs`. */
export async function retryWhileBusy<T>(run: () => Promise<T> | T, waitMs: number): Promise<T> {
  const started = Date.now();
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await run();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw busyError(waited);
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, waitMs - waited)));
    }
  }
}

/** Each statement's column names, read once (better-sqlite3 describes every column anew on each call). */
const columnNames = new WeakMap<SqliteDatabase.Statement, string[]>();

function columnNamesOf(statement: SqliteDatabase.Statement): string[] {
  const names = statement.columns().map((column) => column.name);
  columnNames.set(statement, names);
  return names;
}

/**
 * A reading statement's rows, read as arrays and made into objects here. better-sqlite3
 * makes each row object in C++, its keys added one by one, which leaves V8 a slow
 * (dictionary) object per row: slow to make and to read. Made here, the rows of a query
 * share one shape; the rows of a search page of 20 people were read about a quarter faster
 * (issue 17). Duplicate names keep the last column, as better-sqlite3's objects do.
 */
function readRows<R>(statement: SqliteDatabase.Statement, parameters: readonly unknown[]): R[] {
  const names = columnNames.get(statement) ?? columnNamesOf(statement);
  statement.raw(true);
  try {
    return (statement.all(parameters) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let index = 0; index < names.length; index++) row[names[index] as string] = values[index];
      return row as R;
    });
  } finally {
    statement.raw(false);
  }
}

/** Kysely's single SQLite connection, with busy writes outside a transaction retried. */
class RetryingConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    private readonly inner: DatabaseConnection,
    private readonly database: SqliteDatabase.Database,
    private readonly waitMs: number,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Inside BEGIN IMMEDIATE the write lock is held: a busy error there is not waited out.
    if (this.inTransaction)
      return this.run<R>(query).catch((error) => Promise.reject(isBusy(error) ? busyError(0) : error));
    return retryWhileBusy(() => this.run<R>(query), this.waitMs);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }

  private async run<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.database.prepare(query.sql);
    if (!statement.reader) return this.inner.executeQuery<R>(query);
    return { rows: readRows<R>(statement, query.parameters) };
  }
}

/** Kysely's configuration, with better-sqlite3's database itself (its rows are read as arrays). */
type ImmediateSqliteConfig = SqliteDialectConfig & { database: SqliteDatabase.Database };

class ImmediateSqliteDriver extends SqliteDriver {
  #connection: RetryingConnection | undefined;

  constructor(
    private readonly config: ImmediateSqliteConfig,
    private readonly waitMs: number,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    this.#connection ??= new RetryingConnection(inner, this.config.database, this.waitMs);
    return this.#connection;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    (connection as RetryingConnection).inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as RetryingConnection).inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as RetryingConnection).inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

/** Kysely's SqliteDialect with immediate transactions and bounded, awaited retries. */
export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    private readonly config: ImmediateSqliteConfig,
    private readonly waitMs = SQLITE_BUSY_WAIT_MS,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config, this.waitMs);
  }
}
