import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { newId } from '../src/core/shared/ids.js';
import { type Connection, connect } from '../src/db/connect.js';

/**
 * Runs fn on a fresh PostgreSQL schema when KITH_BENCH_DATABASE_URL is set, and drops it
 * after; a `kept` schema (see `keptData`) stays for the next run instead.
 */
export async function withPostgresSchema(
  fn: (connection: Connection) => Promise<void>,
  kept?: { schema: string; fresh: boolean },
): Promise<void> {
  const url = process.env.KITH_BENCH_DATABASE_URL;
  if (!url) {
    process.stdout.write('postgres: skipped (set KITH_BENCH_DATABASE_URL=postgres://… to include it)\n');
    return;
  }
  const schema = kept?.schema ?? `kith_bench_${newId()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public');
  // A kept schema without its ready mark holds an interrupted load: start it again.
  if (kept?.fresh) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  try {
    // Named, so `serverCpu` finds this run's server processes.
    const named = new URL(url);
    named.searchParams.set('application_name', `kith-bench-${process.pid}`);
    const connection = await connect({ dialect: 'postgres', url: named.toString(), schema });
    try {
      await fn(connection);
    } finally {
      await connection.close();
    }
  } finally {
    if (!kept) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/**
 * Generated data kept between runs under KITH_BENCH_KEEP_DIR (a 1,000,000-person load
 * takes many minutes): `ready` is what the load wrote when it finished (its owner and
 * clock), null when this run must load afresh; `markReady` records it.
 */
export type Kept = { ready: string | null; markReady: (content: string) => void };

function keptData(key: string, dialect: 'sqlite' | 'postgres'): (Kept & { dir: string; schema: string }) | null {
  const root = process.env.KITH_BENCH_KEEP_DIR;
  if (!root) return null;
  const dir = join(root, key);
  const mark = join(dir, `${dialect}-ready.json`);
  const ready = existsSync(mark) ? readFileSync(mark, 'utf8') : null;
  if (ready === null && dialect === 'sqlite') rmSync(join(dir, 'sqlite'), { recursive: true, force: true });
  mkdirSync(join(dir, 'sqlite'), { recursive: true });
  return {
    dir: join(dir, 'sqlite'),
    schema: `kith_bench_kept_${key.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`,
    ready,
    markReady: (content) => writeFileSync(mark, content),
  };
}

/** A SQLite data dir for `key`: kept under KITH_BENCH_KEEP_DIR when set (with its `Kept`), else a fresh temporary one. */
export function sqliteDataDir(key: string): { dir: string; kept: Kept | null; done: () => void } {
  const kept = keptData(key, 'sqlite');
  if (kept) return { dir: kept.dir, kept, done: () => {} };
  const dir = mkdtempSync(join(tmpdir(), `kith-bench-${key}-`));
  return { dir, kept: null, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs measure on a fresh SQLite file, then on a fresh PostgreSQL schema when one is
 * configured; with KITH_BENCH_KEEP_DIR set, on the data a finished earlier run left under
 * `key` (`kept.ready`), or on data loaded now and kept. KITH_BENCH_ONLY=postgres skips
 * SQLite (a million people take many minutes to load on each).
 */
export async function measureOnEachDatabase(
  key: string,
  measure: (label: 'sqlite' | 'postgres', connection: Connection, kept: Kept | null) => Promise<void>,
): Promise<void> {
  if (process.env.KITH_BENCH_ONLY !== 'postgres') {
    const { dir, kept, done } = sqliteDataDir(key);
    const sqlite = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    try {
      await measure('sqlite', sqlite, kept);
    } finally {
      await sqlite.close();
      done();
    }
  }
  await measureOnPostgres(key, (connection, kept) => measure('postgres', connection, kept));
}

/**
 * Runs measure on a fresh PostgreSQL schema when one is configured; with
 * KITH_BENCH_KEEP_DIR set, on the schema a finished earlier run left under `key`
 * (`kept.ready`), or on one loaded now and kept.
 */
export async function measureOnPostgres(
  key: string,
  measure: (connection: Connection, kept: Kept | null) => Promise<void>,
): Promise<void> {
  const keptPostgres = process.env.KITH_BENCH_DATABASE_URL ? keptData(key, 'postgres') : null;
  await withPostgresSchema(
    (connection) => measure(connection, keptPostgres),
    keptPostgres ? { schema: keptPostgres.schema, fresh: keptPostgres.ready === null } : undefined,
  );
}

/**
 * As autovacuum would soon after a bulk load (this machine's server runs without it):
 * planner statistics for the new rows, dead row versions cleared from the indexes, GIN
 * pending lists merged and the visibility map set, so index-only scans stay index-only.
 * This schema's tables only: the database may hold others.
 */
export async function vacuumAnalyzeSchema(connection: Connection): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema()`.execute(connection.db);
  await sql`vacuum analyze ${sql.join(rows.map((row) => sql.table(row.name)))}`.execute(connection.db);
}

/** CPU milliseconds each of this run's PostgreSQL server processes has used, by process id. */
export type ServerCpu = Map<number, number>;

/**
 * The CPU time of this run's PostgreSQL server processes (those with its application
 * name), read from /proc when the server runs on this machine; null when it does not
 * (or on SQLite). Beside the client's own CPU, it says what a call costs whatever else
 * the machine is doing, which its wall time does not.
 */
export async function serverCpu(connection: Connection): Promise<ServerCpu | null> {
  if (connection.dialect !== 'postgres') return null;
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where application_name = current_setting('application_name')`.execute(
    connection.db,
  );
  const cpu: ServerCpu = new Map();
  for (const { pid } of rows) {
    const stat = join('/proc', String(pid), 'stat');
    if (!existsSync(stat)) return null;
    const [command, fields] = readFileSync(stat, 'utf8').split(') ');
    if (!command?.endsWith('(postgres') || !fields) return null;
    // utime and stime, in clock ticks of 10 ms (Linux's USER_HZ).
    const [user, system] = fields.split(' ').slice(11, 13).map(Number);
    cpu.set(pid, ((user ?? 0) + (system ?? 0)) * 10);
  }
  return cpu;
}

/** Server CPU milliseconds used between two readings (processes that started between them count whole). */
export function serverCpuSpent(before: ServerCpu, after: ServerCpu): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}
