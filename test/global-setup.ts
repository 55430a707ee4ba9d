import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { newId } from '../src/core/shared/ids.js';
import { connect } from '../src/db/connect.js';
import { adminQuery, dropDatabases, TEMPLATE_SCHEMA, withDatabase } from './support/postgres-template.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** The migrated PostgreSQL database each test's fresh database is copied from, if any. */
    postgresTemplate: string | undefined;
  }
}

/**
 * Installs PostgreSQL's extensions once, before test files race to create them in their
 * own schemas; and migrates one template database that each test's fresh PostgreSQL
 * database is copied from (`openTestDatabase`). Migrating a new schema took 1-4 s of each
 * PostgreSQL test on a loaded two-core machine (4-8 s in a slow CI run), and dropping it
 * 0.3-0.5 s; a copy takes 0.3-0.7 s and its drop 0.1-0.2 s, and is the same migrated
 * database, file for file. The migrations themselves still run in the tests about them
 * (`openMigratedTo`, migrations on start, the two-server suites).
 */
export async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.KITH_TEST_DATABASE_URL;
  project.provide('postgresTemplate', undefined);
  if (!url) return undefined;
  await adminQuery(url, 'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await adminQuery(url, 'CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public');

  // One name per run: other runs may use the same server at the same time.
  const template = `kith_template_${newId().toLowerCase()}`;
  await adminQuery(url, `CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(url, template);
  await adminQuery(templateUrl, 'CREATE EXTENSION pg_trgm WITH SCHEMA public');
  await adminQuery(templateUrl, 'CREATE EXTENSION btree_gin WITH SCHEMA public');
  await adminQuery(templateUrl, `CREATE SCHEMA ${TEMPLATE_SCHEMA}`);
  const connection = await connect({ dialect: 'postgres', url: templateUrl, schema: TEMPLATE_SCHEMA, poolSize: 1 });
  await connection.close();
  // A template nobody connects to, autovacuum included, so copies of it never wait.
  await adminQuery(url, `ALTER DATABASE ${template} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  project.provide('postgresTemplate', template);

  return async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let copies: string[];
    try {
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [`${template}_`],
      );
      copies = rows.map((row) => row.datname);
      await admin.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE false`);
    } finally {
      await admin.end();
    }
    // Every test's copy (kept until now: see copyTemplate), then the template.
    await dropDatabases(url, copies);
    await dropDatabases(url, [template]);
  };
}
