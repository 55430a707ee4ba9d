import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import { searchPeople } from '../../src/core/people/list-people.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { createOwner, openMigratedTo } from '../support/databases.js';

// SQLite only: PostgreSQL's tsvector has no prefix lists to add (migration 0028, ADR 0040).
describe('the word index keeps short word starts (0028, sqlite)', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('is made anew with prefix lists and finds what it found before', async () => {
    const { connection, close } = await openMigratedTo('sqlite', '0027-person-name-starts');
    cleanup = close;
    // The tables 0028 makes anew are the ones 0027 had: today's repository writes them as that
    // build did, and the columns 0029 and 0032 add and the word list 0036 adds, here only
    // while it writes and searches (those migrations add and fill them).
    await sql`ALTER TABLE person ADD COLUMN search_words TEXT NOT NULL DEFAULT ''`.execute(connection.db);
    await sql`CREATE VIRTUAL TABLE person_body_vocab USING fts5vocab(person_body_fts, row)`.execute(connection.db);
    await sql`ALTER TABLE person_name_start ADD COLUMN search_name TEXT NOT NULL DEFAULT ''`.execute(connection.db);
    const deps = await createOwner(createRepos(connection));
    await createPeople(deps, [
      { displayName: 'Jeanne Moreau', emails: [{ value: 'jeanne.smith@example.com' }], topics: ['FP&A'] },
      { displayName: 'Ada Lovelace', emails: [{ value: 'ada.l@engines.example' }], company: 'Analytical Engines' },
      { displayName: 'Sam Stone', title: 'Senior analyst', notes: 'Met at the supply chain summit' },
      { displayName: 'Omar Diaz', company: 'Primark', topics: ['forecasting'] },
    ]);
    const queries = ['jeanne.s', 'jeanne.sm', 'ada.l', 'ada.x', 's', 'se', 'fp', 'fp a', 'mark', 'forecasting', 'a'];
    const search = async () =>
      Promise.all(queries.map(async (query) => (await searchPeople(deps, { query })).map((p) => p.displayName)));
    const before = await search();
    await sql`ALTER TABLE person DROP COLUMN search_words`.execute(connection.db);
    await sql`ALTER TABLE person_name_start DROP COLUMN search_name`.execute(connection.db);
    await sql`DROP TABLE person_body_vocab`.execute(connection.db);

    await migrate(connection);

    const table = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = 'person_body_fts'`.execute(
      connection.db,
    );
    expect(table.rows[0]?.sql).toContain("prefix = '1 2'");
    const automerge = await sql<{ v: number }>`SELECT v FROM person_body_fts_config WHERE k = 'automerge'`.execute(
      connection.db,
    );
    expect(automerge.rows[0]?.v).toBe(8);
    expect(await search()).toEqual(before);
    expect(before[0]).toEqual(['Jeanne Moreau']);
    expect(before[2]).toEqual(['Ada Lovelace']);
    expect(before[3]).toEqual([]);
  });
});
