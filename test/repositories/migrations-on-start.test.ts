import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { isMigrated, migrate } from '../../src/db/connect.js';
import { migrationNames } from '../../src/db/migrations/index.js';
import { describeEachDatabase, openMigratedTo, openTestDatabase } from '../support/databases.js';

/**
 * A database at the latest migration is recognised by one read and left to the command
 * (issue 17); anything else still goes through Kysely's migrator, which applies or refuses.
 */
describeEachDatabase('migrations on start', (kind) => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });

  it('knows a database at the latest migration, and one short of it only once migrated', async () => {
    const older = await openMigratedTo(kind, migrationNames.at(-2) ?? '');
    opened.push(older);
    expect(await isMigrated(older.connection)).toBe(false);
    await migrate(older.connection);
    expect(await isMigrated(older.connection)).toBe(true);
  });

  it('sends a database without the migration table to the migrator', async () => {
    const database = await openTestDatabase(kind);
    opened.push(database);
    expect(await isMigrated(database.connection)).toBe(true);
    await sql`DROP TABLE kysely_migration`.execute(database.connection.db);
    expect(await isMigrated(database.connection)).toBe(false);
  });

  it('still refuses a database that records a migration this kith does not have', async () => {
    const database = await openTestDatabase(kind);
    opened.push(database);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-a-newer-kith', '2026-01-01T00:00:00.000Z')`.execute(
      database.connection.db,
    );
    expect(await isMigrated(database.connection)).toBe(false);
    await expect(migrate(database.connection)).rejects.toThrow(/9999-from-a-newer-kith/);
    if (kind === 'sqlite') expect(database.connection.sqlite?.pragma('synchronous', { simple: true })).toBe(2);
  });

  // Migrations commit with synchronous NORMAL (ADR 0051); everything after them, with FULL.
  it.runIf(kind === 'sqlite')('gives SQLite back synchronous FULL once the migrations are applied', async () => {
    const older = await openMigratedTo(kind, migrationNames.at(-3) ?? '');
    opened.push(older);
    await migrate(older.connection);
    expect(await isMigrated(older.connection)).toBe(true);
    // 2 is FULL.
    expect(older.connection.sqlite?.pragma('synchronous', { simple: true })).toBe(2);
  });
});
