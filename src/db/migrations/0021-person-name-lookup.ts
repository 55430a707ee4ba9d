import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * Finding a person by name (`kith people show "Ada Okafor"`, `log --with`) looks a name
 * up three ways: the folded display name (already indexed by person_owner_sort), the
 * nickname, and given plus family name. These two expression indexes serve the last two,
 * so a lookup by name costs what a lookup by id does instead of reading every person.
 * The expressions are the ones the lookup writes, character for character.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`CREATE INDEX person_owner_nickname_key ON person (owner_id, lower(nickname))`.execute(db);
  await sql`CREATE INDEX person_owner_full_name_key
    ON person (owner_id, lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '')))`.execute(db);
}
