import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Issue 17: a search whose first term is longer than a name start ("lean manufacturing",
 * "watson conroy") walks that start's range of person_name_start in name order, checking
 * each person's name, and the check sought each person in the name index: at a million
 * people, a walk of 3,000 people that found no one cost 100–250 ms while that index was
 * not in SQLite's cache. Each row now holds the person's folded name, so a walk checks the
 * range's own rows, which lie together, and reads a person only when they match (ADR 0045).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // One transaction on SQLite, as for 0029: Kysely runs migrations outside one.
  const run = async (trx: Kysely<unknown>) => {
    await trx.schema
      .alterTable('person_name_start')
      .addColumn('search_name', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await (dialect === 'sqlite'
      ? sql`UPDATE person_name_start SET search_name = (SELECT person.search_name FROM person
          WHERE person.owner_id = person_name_start.owner_id AND person.id = person_name_start.person_id)`
      : sql`UPDATE person_name_start SET search_name = person.search_name FROM person
          WHERE person.owner_id = person_name_start.owner_id AND person.id = person_name_start.person_id`
    ).execute(trx);
  };
  if (dialect === 'sqlite') await db.transaction().execute(run);
  else await run(db);
}
