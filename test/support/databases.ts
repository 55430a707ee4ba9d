import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompiledQuery, Kysely, type KyselyPlugin, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, inject } from 'vitest';
import type { Deps } from '../../src/core/repos.js';
import { newId } from '../../src/core/shared/ids.js';
import { type Connection, connect, migrateTo, openSqlite } from '../../src/db/connect.js';
import { createRepos, type Repos } from '../../src/db/repos/index.js';
import type { Database } from '../../src/db/schema.js';
import { copyTemplate, TEMPLATE_SCHEMA } from './postgres-template.js';

/** PostgreSQL tests run only when this is set (`.ci/run` always sets it). */
export const postgresUrl = process.env.KITH_TEST_DATABASE_URL;

export type DatabaseKind = 'sqlite' | 'postgres';

export type TestDatabase = {
  kind: DatabaseKind;
  connection: Connection;
  repos: Repos;
  /** The PostgreSQL database's URL, for a process of its own (with `connection.schema`). */
  url?: string;
  close(): Promise<void>;
};

/** A new, empty PostgreSQL schema for one test, and how to drop it. */
export async function createTestSchema(url: string): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `kith_test_${newId()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    schema,
    async drop() {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

function requirePostgresUrl(): string {
  if (!postgresUrl) throw new Error('KITH_TEST_DATABASE_URL is not set');
  return postgresUrl;
}

/**
 * Where a fresh PostgreSQL database for one test is: a copy of the template global-setup
 * migrated, when there is one (connecting finds it migrated), else a new schema that
 * connecting migrates.
 */
async function freshPostgres(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const url = requirePostgresUrl();
  const template = inject('postgresTemplate');
  if (template) return { ...(await copyTemplate(url, template)), schema: TEMPLATE_SCHEMA };
  return { url, ...(await createTestSchema(url)) };
}

/** A fresh, migrated database: SQLite in memory, or a new PostgreSQL database (or schema) dropped on close. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const connection = await connect({ dialect: 'sqlite', file: ':memory:' });
    return { kind, connection, repos: createRepos(connection), close: () => connection.close() };
  }
  const { url: databaseUrl, schema, drop } = await freshPostgres();
  const connection = await connect({ dialect: 'postgres', url: databaseUrl, schema, poolSize: 4 });
  return {
    kind,
    connection,
    repos: createRepos(connection),
    url: databaseUrl,
    async close() {
      await connection.close();
      await drop();
    },
  };
}

/**
 * A database migrated only up to `migration` (a name in `src/db/migrations/index.ts`), as
 * an install made before the ones after it: a test writes rows of that shape, then calls
 * `migrate(connection)`. Closing it drops the PostgreSQL schema.
 */
export async function openMigratedTo(
  kind: DatabaseKind,
  migration: string,
): Promise<{ connection: Connection; close(): Promise<void> }> {
  let connection: Connection;
  let drop = async () => {};
  if (kind === 'sqlite') {
    const sqlite = openSqlite(':memory:');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    connection = { db, dialect: 'sqlite', location: ':memory:', sqlite, close: () => db.destroy() };
  } else {
    const url = requirePostgresUrl();
    const created = await createTestSchema(url);
    drop = created.drop;
    const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${created.schema},public` });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    connection = { db, dialect: 'postgres', location: 'test', schema: created.schema, close: () => db.destroy() };
  }
  await migrateTo(connection, migration);
  return {
    connection,
    async close() {
      await connection.close();
      await drop();
    },
  };
}

/**
 * Two connections to one database, as a server and a `kith` command (SQLite: one file;
 * PostgreSQL: one schema), so a write by "another process" can be made from the test.
 */
export async function openTwoConnections(
  kind: DatabaseKind,
): Promise<{ server: Connection; other: Connection; close(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kith-two-connections-'));
    const server = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    const other = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    return {
      server,
      other,
      async close() {
        await other.close();
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { url, schema, drop } = await freshPostgres();
  const server = await connect({ dialect: 'postgres', url, schema, poolSize: 4 });
  const other = await connect({ dialect: 'postgres', url, schema, poolSize: 2 });
  return {
    server,
    other,
    async close() {
      await other.close();
      await server.close();
      await drop();
    },
  };
}

/** A user and the use-case deps for them, with a clock the test can set. */
export async function createOwner(
  repos: Repos,
  options: { now?: Date; email?: string } = {},
): Promise<Deps & { ownerId: string; setNow(date: Date): void }> {
  const ownerId = newId();
  let now = options.now ?? new Date('2026-06-01T12:00:00Z');
  await repos.users.insert({
    id: ownerId,
    email: options.email ?? `${ownerId}@example.test`,
    displayName: null,
    isAdmin: false,
    createdAt: now.toISOString(),
    passwordHash: null,
  });
  return {
    ownerId,
    repos: repos.forOwner(ownerId),
    now: () => now,
    setNow(date: Date) {
      now = date;
    },
  };
}

/** A test's owner: their use-case deps, with a clock the test can set. */
export type OwnerDeps = Awaited<ReturnType<typeof createOwner>>;

/** A fresh database and an owner in it. */
export type FreshDatabase = { database: TestDatabase; deps: OwnerDeps };

/**
 * The setup every repository suite shares, on either database: before each test a fresh
 * database (a new SQLite file, or a new PostgreSQL schema) and an owner in it, handed to
 * `ready` (which keeps them, and may add the suite's own setup); closed after each test.
 */
export function freshDatabaseEachTest(
  kind: DatabaseKind,
  ready: (fresh: FreshDatabase) => void | Promise<void>,
  options: { now?: Date } = {},
): void {
  let database: TestDatabase | undefined;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    await ready({ database, deps: await createOwner(database.repos, options) });
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
}

let warned = false;

/**
 * Runs a repository suite once per database. Without KITH_TEST_DATABASE_URL the
 * PostgreSQL run is reported as skipped, by name, rather than silently missing.
 */
export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  if (postgresUrl) {
    describe(`${name} [postgres]`, () => suite('postgres'));
  } else {
    if (!warned) {
      warned = true;
      console.warn('PostgreSQL suites skipped: set KITH_TEST_DATABASE_URL=postgres://… to run them.');
    }
    describe.skip(`${name} [postgres] (skipped: KITH_TEST_DATABASE_URL is not set)`, () => suite('postgres'));
  }
}

/**
 * The owner's deps with repositories that record every statement they run, as compiled,
 * into `ran`: for tests that ask the database how it would run them.
 */
export function recordingStatements(fresh: FreshDatabase): { deps: OwnerDeps; ran: CompiledQuery[] } {
  const ran: CompiledQuery[] = [];
  const { connection } = fresh.database;
  const recorder: KyselyPlugin = {
    transformQuery(args) {
      ran.push(connection.db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const recorded = { ...connection, db: connection.db.withPlugin(recorder) };
  return { deps: { ...fresh.deps, repos: createRepos(recorded).forOwner(fresh.deps.ownerId) }, ran };
}
