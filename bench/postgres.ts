import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../src/core/shared/ids.js';
import { type Connection, connect } from '../src/db/connect.js';

/** Runs fn on a fresh PostgreSQL schema when KITH_BENCH_DATABASE_URL is set, and drops it after. */
export async function withPostgresSchema(fn: (connection: Connection) => Promise<void>): Promise<void> {
  const url = process.env.KITH_BENCH_DATABASE_URL;
  if (!url) {
    process.stdout.write('postgres: skipped (set KITH_BENCH_DATABASE_URL=postgres://… to include it)\n');
    return;
  }
  const schema = `kith_bench_${newId()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public');
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const connection = await connect({ dialect: 'postgres', url, schema });
    try {
      await fn(connection);
    } finally {
      await connection.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/** Runs measure on a fresh SQLite file, then on a fresh PostgreSQL schema when one is configured. */
export async function measureOnEachDatabase(
  name: string,
  measure: (label: 'sqlite' | 'postgres', connection: Connection) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `kith-bench-${name}-`));
  const sqlite = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
  try {
    await measure('sqlite', sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await withPostgresSchema((connection) => measure('postgres', connection));
}
