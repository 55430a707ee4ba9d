import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { searchPeople } from '../../src/core/people/list-people.js';
import { NAME_SUFFIX_MARK } from '../../src/core/people/search-words.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { createOwner, openMigratedTo, openTestDatabase, postgresUrl } from '../support/databases.js';

// PostgreSQL only (migration 0039, ADR 0052): SQLite's word index has held the marks since 0036.
const describePostgres = postgresUrl ? describe : describe.skip;

describePostgres("the tsvector holds the name words' marks (0039, postgres)", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('marks the stored people, keeps give first’s words unmarked, and answers as SQLite does', async () => {
    const { connection, close } = await openMigratedTo('postgres', '0036-name-suffixes-in-word-index');
    cleanup = close;
    const db = connection.db;
    const deps = await createOwner(createRepos(connection));
    const people = [
      { displayName: 'Ada Watson', title: 'Senior analyst', emails: [{ value: 'ada@example.com' }] },
      { displayName: 'Bo Watsica', title: 'Head of sales' },
      { displayName: 'Cy Moore', title: 'Senior buyer', emails: [{ value: 'cy.watson@example.com' }] },
      { displayName: "Dee O'Konstrom", title: 'Senior engineer', company: 'Trombone Works' },
      { displayName: 'Eve Stromberg', title: 'Buyer', topics: ['senior care'] },
      ...generateNetwork({ people: 80, seed: 21 }),
    ];
    const created = await createPeople(deps, people);
    const marked = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM person_search
            WHERE tsv @@ ${`'${NAME_SUFFIX_MARK}atso':*`}::tsquery`.execute(db)
        ).rows[0]?.n,
      );
    const words = async () =>
      (await sql<{ word: string }>`SELECT word FROM person_word ORDER BY owner_id, word, person_id`.execute(db)).rows;
    const wordsBefore = await words();
    expect(await marked()).toBe(0);

    await migrate(connection);

    expect(await marked()).toBe(people.filter((person) => person.displayName.toLowerCase().includes('atso')).length);
    // Give first's vocabulary holds words, never marks, and is as it was.
    expect(await words()).toEqual(wordsBefore);
    const [dee] = created.filter((person) => person.displayName.startsWith('Dee'));
    await updatePerson(deps, dee?.id ?? '', { displayName: "Dee O'Konstrum" });
    expect((await words()).some(({ word }) => /^[\uE000\uE001]/.test(word))).toBe(false);

    const queries = [
      'atso senior',
      'trom senior',
      'nstr senior',
      "o'ko senior",
      "o'konstrum",
      'kons buyer',
      'wa senior',
      'c senior',
    ];
    queries.push('strom', 'nstru', 'bone senior', 'cy.wat', 'watso', 'senior', 'ada', 'e senior care');
    for (const person of people.slice(5, 45)) {
      queries.push(`${(person.familyName ?? 'x').slice(1, 5)} ${(person.title ?? 'vp').split(' ')[0]}`);
    }
    const fresh = await openTestDatabase('sqlite');
    try {
      const today = await createOwner(fresh.repos);
      const [todaysDee] = (await createPeople(today, people)).filter((person) => person.displayName.startsWith('Dee'));
      await updatePerson(today, todaysDee?.id ?? '', { displayName: "Dee O'Konstrum" });
      const names = async (owner: typeof deps, query: string) =>
        (await searchPeople(owner, { query, limit: 200 })).map((person) => person.displayName);
      for (const query of queries) expect(await names(deps, query), query).toEqual(await names(today, query));
      // Inside a name, with a word elsewhere; a word's start elsewhere; a short term at a name word's start.
      // Dee's former name is still found ("strom"), and her company holds "trom".
      expect(await names(deps, 'trom senior')).toEqual(expect.arrayContaining(["Dee O'Konstrum", 'Eve Stromberg']));
      expect(await names(deps, 'nstr senior')).toContain("Dee O'Konstrum");
      expect(await names(deps, 'atso senior')).toContain('Ada Watson');
      expect(await names(deps, 'atso senior')).not.toContain('Cy Moore');
      expect(await names(deps, 'wats senior')).toEqual(expect.arrayContaining(['Ada Watson', 'Cy Moore']));
      expect(await names(deps, 'c senior')).toContain('Cy Moore');
      expect(await names(deps, 'nstru')).toEqual(["Dee O'Konstrum"]);
      expect(await names(deps, 'strom')).toEqual(expect.arrayContaining(["Dee O'Konstrum", 'Eve Stromberg']));
    } finally {
      await fresh.close();
    }
  });

  it('asks a term as the words it starts when they are few, and as a prefix past PREFIX_WORDS_AT_MOST', async () => {
    const postgres = await openTestDatabase('postgres');
    const sqlite = await openTestDatabase('sqlite');
    cleanup = async () => {
      await postgres.close();
      await sqlite.close();
    };
    // 45 words starting "zqa" (past PREFIX_WORDS_AT_MOST), 11 starting "zqa1", one starting "zqa7"
    // (and "zqa7" inside a name), each held by one person, every third a senior.
    const people = Array.from({ length: 45 }, (_, n) => ({
      displayName: n === 7 ? 'Zqa7ina Holt' : `Person ${n}`,
      title: n % 3 === 0 ? 'Senior analyst' : 'Analyst',
      topics: [`zqa${n}x`],
    }));
    const owners = [await createOwner(postgres.repos), await createOwner(sqlite.repos)];
    for (const owner of owners) await createPeople(owner, people);
    for (const query of ['zqa senior', 'zqa1 senior', 'zqa7 analyst', 'zqa1', 'zqa40x', 'zqa4 zqa']) {
      const [onPostgres, onSqlite] = await Promise.all(
        owners.map(async (owner) =>
          (await searchPeople(owner, { query, limit: 100 })).map((person) => person.displayName),
        ),
      );
      expect(onPostgres, query).toEqual(onSqlite);
    }
    const names = async (query: string) =>
      (await searchPeople(owners[0] as (typeof owners)[0], { query, limit: 100 })).map((person) => person.displayName);
    expect(await names('zqa senior')).toHaveLength(15);
    expect((await names('zqa1 senior')).sort()).toEqual(['Person 12', 'Person 15', 'Person 18']);
    expect(await names('zqa7 analyst')).toEqual(['Zqa7ina Holt']);
  });
});
