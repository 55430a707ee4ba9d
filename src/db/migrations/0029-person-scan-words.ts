import type { Kysely } from 'kysely';
import { searchDocument } from '../../core/people/search-document.js';
import { scanWords } from '../../core/people/search-words.js';
import type { Dialect } from '../connect.js';
import { fromRow } from '../repos/people-rows.js';
import type { Database } from '../schema.js';

const BATCH = 1_000;

/**
 * Issue 17: a common search term outside the name ("senior", a topic) made SQLite's word
 * index merge the list of every person holding it, twice, before the first page: 300 ms at
 * a million people. Each person now keeps the words of their word index text on their row
 * (`search_words`), and on SQLite the name-order index holds them with the name and the
 * archived flag: the last search tier reads people in name order from the index alone,
 * checks each against these words, and stops at the page (ADR 0043). PostgreSQL keeps the
 * words on the row only: a b-tree entry there is limited to about 2.7 KB.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // One transaction on SQLite: Kysely runs its migrations outside one, and a commit per
  // person (with its sync) is minutes at a million people.
  const run = async (trx: Kysely<unknown>) => {
    await trx.schema
      .alterTable('person')
      .addColumn('search_words', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await fillScanWords(trx);
    if (dialect !== 'sqlite') return;
    await trx.schema.dropIndex('person_owner_sort').execute();
    await trx.schema
      .createIndex('person_owner_sort')
      .on('person')
      .columns(['owner_id', 'sort_name', 'id', 'archived', 'search_name', 'search_words'])
      .execute();
  };
  if (dialect === 'sqlite') await db.transaction().execute(run);
  else await run(db);
}

/** Each stored person's search words, a page at a time per owner in id order. */
async function fillScanWords(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<Database>;
  for (const { id: ownerId } of await typed.selectFrom('users').select('id').execute()) {
    let after = '';
    for (;;) {
      const rows = await typed
        .selectFrom('person')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        await typed
          .updateTable('person')
          .set({ search_words: scanWords(searchDocument(fromRow(row))) })
          .where('owner_id', '=', ownerId)
          .where('id', '=', row.id)
          .execute();
      }
      const last = rows.at(-1);
      if (rows.length < BATCH || !last) break;
      after = last.id;
    }
  }
}
