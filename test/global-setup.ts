import pg from 'pg';

/**
 * Installs PostgreSQL's extensions once, before test files race to create them in
 * their own schemas.
 */
export async function setup(): Promise<void> {
  const url = process.env.KITH_TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await client.query('CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public');
  } finally {
    await client.end();
  }
}
