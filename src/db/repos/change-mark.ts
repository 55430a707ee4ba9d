import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';
import type { Database } from '../schema.js';

/**
 * `OwnerRepos.changeMark` (ADR 0010). PostgreSQL: the owner's `owner_revision`, raised by
 * triggers in the same transaction as every write (migration 0008); null once the owner
 * is gone. SQLite, one file: `data_version` moves when another connection (a `kith`
 * command, another server) commits, and `total_changes()` counts this connection's own
 * writes, so together they move on any write to the file, whoever owns it.
 */
export async function changeMark(db: Kysely<Database>, dialect: Dialect, ownerId: string): Promise<string | null> {
  if (dialect === 'postgres') {
    const row = await db
      .selectFrom('owner_revision')
      .select('revision')
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    return row === undefined ? null : `r${row.revision}`;
  }
  const { rows } = await sql<{ version: number; changes: number }>`
    select data_version as version, total_changes() as changes from pragma_data_version`.execute(db);
  const row = rows[0];
  return row === undefined ? null : `v${row.version}.${row.changes}`;
}
