import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * A search among archived people alone (`archived=only`: `kith people list --archived
 * --search`, the web list's "Showing: Archived") walks them in name order through an index
 * of theirs (ADR 0056): they are few, and the walks through everyone's name order read
 * past every person not archived to find them (the whole network for a rare term).
 * SQLite searches on the person's row, PostgreSQL on their search row, which holds the
 * archived flag (migration 0041).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE INDEX person_owner_archived_sort ON person (owner_id, sort_name, id) WHERE archived = 1`.execute(
      db,
    );
  } else {
    await sql`CREATE INDEX person_search_archived_sort ON person_search (owner_id, sort_name, person_id)
      WHERE archived = 1`.execute(db);
  }
}
