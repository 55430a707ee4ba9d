import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { searchPeople } from '../../src/core/people/list-people.js';
import { NAME_SUFFIX_MARK } from '../../src/core/people/search-words.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { createOwner, openMigratedTo, openTestDatabase } from '../support/databases.js';

// SQLite only: PostgreSQL keeps its trigram index on names (migration 0036, ADR 0049).
describe("the word index holds the name words' marked suffixes (0036, sqlite)", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('is made anew from the stored people and answers as a network written today', async () => {
    const { connection, close } = await openMigratedTo('sqlite', '0032-name-starts-hold-names');
    cleanup = close;
    const deps = await createOwner(createRepos(connection));
    const people = [
      { displayName: 'Ada Watson', title: 'Senior analyst', emails: [{ value: 'ada@example.com' }] },
      { displayName: 'Bo Watsica', title: 'Head of sales' },
      { displayName: 'Cy Moore', title: 'Senior buyer', emails: [{ value: 'cy.watson@example.com' }] },
      ...generateNetwork({ people: 60, seed: 12 }),
    ];
    await createPeople(deps, people);
    // The word index as 0032's build wrote it: each person's search words alone.
    await sql`INSERT INTO person_body_fts (person_body_fts) VALUES ('delete-all')`.execute(connection.db);
    await sql`INSERT INTO person_body_fts (rowid, body_text)
      SELECT search_rowid, search_words FROM person`.execute(connection.db);
    const marked = async () =>
      Number(
        (
          await sql<{ n: number }>`SELECT count(*) AS n FROM person_body_fts
            WHERE person_body_fts MATCH ${`"${NAME_SUFFIX_MARK}atso"*`}`.execute(connection.db)
        ).rows[0]?.n,
      );
    expect(await marked()).toBe(0);

    await migrate(connection);

    expect(await marked()).toBe(people.filter((person) => person.displayName.toLowerCase().includes('atso')).length);
    const fresh = await openTestDatabase('sqlite');
    try {
      const today = await createOwner(fresh.repos);
      await createPeople(today, people);
      const queries = ['atso senior', 'wats senior', 'watso', 'tson head', 'senior', 'ada', 'cy.wat'];
      for (const person of people.slice(3, 40)) {
        queries.push(`${(person.familyName ?? 'x').slice(1, 5)} ${(person.title ?? 'vp').split(' ')[0]}`);
      }
      const names = async (owner: typeof deps, query: string) =>
        (await searchPeople(owner, { query, limit: 200 })).map((person) => person.displayName);
      for (const query of queries) expect(await names(deps, query), query).toEqual(await names(today, query));
      // Inside a name, or a word's start elsewhere (Cy's email).
      expect(await names(deps, 'atso senior')).toContain('Ada Watson');
      expect(await names(deps, 'atso senior')).not.toContain('Cy Moore');
      expect(await names(deps, 'wats senior')).toEqual(expect.arrayContaining(['Ada Watson', 'Cy Moore']));
    } finally {
      await fresh.close();
    }
  });
});
