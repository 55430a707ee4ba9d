import { type Kysely, sql } from 'kysely';
import { nameStarts } from '../../core/people/search-words.js';
import type { Dialect } from '../connect.js';

const BATCH = 2_000;

/**
 * Issue 17: a search for the first one to four letters of a name ("x", "st", "stev") must
 * stop at its limit instead of reading every person whose name has those letters. Each
 * person has a row per distinct start (the first one to four characters) of each word of
 * their name, keyed by owner and start, then by sort name and id: the people whose name
 * has a word starting "st" are one range of this key, already in name order, so the
 * first page is the first rows of that range (ADR 0039).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('person_name_start')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('start', 'text', (col) => col.notNull())
    .addColumn('sort_name', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('person_name_start_pk', ['owner_id', 'start', 'sort_name', 'person_id'])
    // Deleted with the person's search rows (people-index.ts); a reference to the person
    // was checked for each of a person's seven or so rows on every insert.
    .addForeignKeyConstraint('person_name_start_owner_fk', ['owner_id'], 'users', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .$call((table) => (dialect === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table))
    .execute();
  // The people already stored, a batch at a time in key order.
  const people = db as Kysely<{
    person: { owner_id: string; id: string; sort_name: string; search_name: string };
    person_name_start: { owner_id: string; start: string; sort_name: string; person_id: string };
  }>;
  let after: { owner_id: string; id: string } | undefined;
  for (;;) {
    const batch = await people
      .selectFrom('person')
      .select(['owner_id', 'id', 'sort_name', 'search_name'])
      .$if(after !== undefined, (query) =>
        query.where((eb) =>
          eb.or([
            eb('owner_id', '>', after?.owner_id ?? ''),
            eb.and([eb('owner_id', '=', after?.owner_id ?? ''), eb('id', '>', after?.id ?? '')]),
          ]),
        ),
      )
      .orderBy('owner_id')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    const rows = batch.flatMap((person) =>
      nameStarts(person.search_name).map((start) => ({
        owner_id: person.owner_id,
        start,
        sort_name: person.sort_name,
        person_id: person.id,
      })),
    );
    for (let index = 0; index < rows.length; index += 500) {
      await people
        .insertInto('person_name_start')
        .values(rows.slice(index, index + 500))
        .execute();
    }
    after = batch.at(-1);
    if (batch.length < BATCH) break;
  }
}
