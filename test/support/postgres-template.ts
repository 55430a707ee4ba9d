import pg from 'pg';
import { newId } from '../../src/core/shared/ids.js';

/** The schema kith's tables are in, in the template database and so in every copy of it. */
export const TEMPLATE_SCHEMA = 'kith_test';

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A new database copied from the migrated template (`test/global-setup.ts`): on the
 * server's side, a copy of its files, instead of the 35 migrations' hundreds of statements.
 * `drop` only closes it to connections (autovacuum included); the run's teardown drops the
 * copies together. PostgreSQL's DROP DATABASE forces a checkpoint: one per test flushed
 * every other test's writes to disk and made their next writes log whole pages, and a
 * data-heavy test beside them ran past its 30 s.
 */
export async function copyTemplate(url: string, template: string): Promise<{ url: string; drop(): Promise<void> }> {
  // Named after the template, so the run's teardown finds every copy.
  const database = `${template}_${newId().toLowerCase().slice(-12)}`;
  await adminQuery(url, `CREATE DATABASE ${database} TEMPLATE ${template}`);
  return {
    url: withDatabase(url, database),
    drop: () => adminQuery(url, `ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`),
  };
}

/** Drops the databases named, several at a time (each DROP waits for a checkpoint, which the others share). */
export async function dropDatabases(url: string, names: readonly string[]): Promise<void> {
  const left = [...names];
  await Promise.all(
    Array.from({ length: Math.min(8, left.length) }, async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        for (let name = left.pop(); name; name = left.pop())
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }),
  );
}

/** One statement on its own connection (CREATE and DROP DATABASE may not run in a transaction). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
