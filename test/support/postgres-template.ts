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
 * `drop` removes it, ending any session still in it.
 */
export async function copyTemplate(url: string, template: string): Promise<{ url: string; drop(): Promise<void> }> {
  // Named after the template, so the run's teardown finds any copy a failed test left.
  const database = `${template}_${newId().toLowerCase().slice(-12)}`;
  await adminQuery(url, `CREATE DATABASE ${database} TEMPLATE ${template}`);
  return {
    url: withDatabase(url, database),
    drop: () => adminQuery(url, `DROP DATABASE ${database} WITH (FORCE)`),
  };
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
