import { CompiledQuery, type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import type { ArchivedFilter, Person } from '../../src/core/people/schema.js';
import { searchDocument, sortName } from '../../src/core/people/search-document.js';
import { nameStarts, nameSuffixMarks, peopleSearchTerms, wordIndexText } from '../../src/core/people/search-words.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import { migrate } from '../../src/db/connect.js';
import { makeBodyIndexAnew } from '../../src/db/migrations/0028-body-prefix-index.js';
import { createRepos } from '../../src/db/repos/index.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  type OwnerDeps,
  openMigratedTo,
  recordingStatements,
  type TestDatabase,
} from '../support/databases.js';

/**
 * Search by the first one to four letters of a name (issue 17) reads person_name_start,
 * a range per start already in name order, instead of every person whose name has the
 * letters. Its rows follow every write, and the answers are the ones a walk through
 * everyone gives.
 */
describeEachDatabase('search by the start of a name', (kind) => {
  let database: TestDatabase;
  let deps: OwnerDeps;
  /** The statements the repositories ran, as compiled. */
  let ran: CompiledQuery[];

  freshDatabaseEachTest(kind, (fresh) => {
    database = fresh.database;
    ({ deps, ran } = recordingStatements(fresh));
  });

  /** person_name_start as stored, and as the people's names say it should be. */
  async function startsStoredAndExpected() {
    const stored = await database.connection.db
      .selectFrom('person_name_start')
      .select(['start', 'sort_name', 'person_id', 'search_name'])
      .where('owner_id', '=', deps.ownerId)
      .execute();
    const expected = (await deps.repos.people.all()).flatMap((person) => {
      const { nameText } = searchDocument(person);
      return nameStarts(nameText).map((start) => ({
        start,
        sort_name: sortName(person.displayName),
        person_id: person.id,
        search_name: nameText,
      }));
    });
    // Each row holds the person's folded name too (migration 0032), which a walk checks.
    const key = (row: { start: string; person_id: string; sort_name: string; search_name: string }) =>
      `${row.person_id} ${row.start} ${row.sort_name} | ${row.search_name}`;
    return { stored: stored.map(key).sort(), expected: expected.map(key).sort() };
  }

  it.runIf(kind === 'postgres')(
    'keeps each name start in step with the name, through every kind of write and removing the user',
    async () => {
      const ada = await createPerson(deps, { displayName: "Ada O'Keefe", nickname: 'Dee' });
      await createPeople(deps, generateNetwork({ people: 40, seed: 3 }));
      const grace = await createPerson(deps, { displayName: 'Grace Hopper' });
      const again = await createPerson(deps, {
        displayName: 'G. Hopper',
        emails: [{ value: 'g@navy.mil', label: null }],
      });
      let { stored, expected } = await startsStoredAndExpected();
      expect(stored).toEqual(expected);
      expect(stored).toContain(`${ada.id} o'ke ada o'keefe | ada o'keefe dee`);
      expect(stored).toContain(`${ada.id} d ada o'keefe | ada o'keefe dee`);

      await updatePerson(deps, ada.id, { displayName: 'Ada Lovelace', nickname: null });
      ({ stored, expected } = await startsStoredAndExpected());
      expect(stored).toEqual(expected);
      expect(stored.filter((row) => row.startsWith(`${ada.id} love `))).toEqual([
        `${ada.id} love ada lovelace | ada lovelace o'keefe`,
      ]);
      expect(stored.some((row) => row.startsWith(`${ada.id} d `))).toBe(false);

      await mergePeople(deps, { keepId: grace.id, otherId: again.id });
      await deletePerson(deps, (await deps.repos.people.all())[0]?.id ?? '');
      ({ stored, expected } = await startsStoredAndExpected());
      expect(stored).toEqual(expected);
      expect(stored.some((row) => row.startsWith(`${again.id} `))).toBe(false);

      // Removing a user takes their name starts with their people.
      await database.repos.users.remove(deps.ownerId);
      const left = await database.connection.db
        .selectFrom('person_name_start')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner_id', '=', deps.ownerId)
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
    },
  );

  /**
   * The first tier by brute force, over everyone by name: every term in the name (under
   * three characters, at a word start), the first starting a word of it.
   */
  function firstTierWalk(inNameOrder: readonly Person[]) {
    const nameText = new Map(inNameOrder.map((person) => [person.id, searchDocument(person).nameText]));
    return (terms: readonly string[], archived: ArchivedFilter): Person[] =>
      inNameOrder.filter((person) => {
        const name = nameText.get(person.id) ?? '';
        return (
          (archived === 'include' || person.archived === (archived === 'only')) &&
          ` ${name}`.includes(` ${terms[0]}`) &&
          terms.every((term) => (term.length < 3 ? ` ${name}`.includes(` ${term}`) : name.includes(term)))
        );
      });
  }

  /** Search's first page starts with the first tier's first 20, as a walk through everyone finds them. */
  async function expectFirstTier(query: string, archived: ArchivedFilter = 'exclude'): Promise<Person[]> {
    const walked = firstTierWalk(await deps.repos.people.all());
    const first = walked(peopleSearchTerms(query), archived).slice(0, 20);
    const found = await deps.repos.people.search({ query, limit: 20, archived });
    expect(
      found.slice(0, first.length).map((person) => person.id),
      `"${query}", archived people: ${archived}`,
    ).toEqual(first.map((person) => person.id));
    return first;
  }

  /** Whether the last search read the word index's later words of names (SQLite's first tier, ADR 0059). */
  const readLaterWords = () =>
    ran.some((statement) => statement.parameters.some((value) => String(value).includes('\uE002')));

  it.runIf(kind === 'sqlite')(
    'finds a later word of a name through every kind of write, from the word index when it is rare',
    async () => {
      await createPeople(deps, generateNetwork({ people: 1_500, seed: 3 }));
      const ada = await createPerson(deps, { displayName: "Ada O'Keefe", nickname: 'Dee' });
      const grace = await createPerson(deps, { displayName: 'Grace Quillfeather' });
      const again = await createPerson(deps, {
        displayName: 'G. Quillfeather',
        emails: [{ value: 'g@navy.mil', label: null }],
      });
      ran.length = 0;
      expect((await expectFirstTier('quill')).map((person) => person.displayName)).toEqual([
        'G. Quillfeather',
        'Grace Quillfeather',
      ]);
      expect(readLaterWords()).toBe(true);
      expect((await expectFirstTier('dee')).map((person) => person.id)).toContain(ada.id);

      await updatePerson(deps, ada.id, { displayName: 'Ada Lovelace', nickname: null });
      expect((await expectFirstTier('dee')).map((person) => person.id)).not.toContain(ada.id);
      expect((await expectFirstTier('lovel')).map((person) => person.id)).toContain(ada.id);

      await mergePeople(deps, { keepId: grace.id, otherId: again.id });
      expect((await expectFirstTier('quill')).map((person) => person.displayName)).toEqual(['Grace Quillfeather']);
      await deletePerson(deps, grace.id);
      expect(await expectFirstTier('quill')).toEqual([]);
    },
    60_000,
  );

  it('answers the start of a name, or a whole name, as a walk through everyone would, archived people left out, in or alone', async () => {
    await createPeople(deps, generateNetwork({ people: 1_500, seed: 11 }));
    const everyone = await deps.repos.people.all();
    for (const person of everyone.slice(0, 100)) {
      await deps.repos.people.save({ ...person, archived: true });
    }
    const inNameOrder = await deps.repos.people.all();
    const nameText = new Map(inNameOrder.map((person) => [person.id, searchDocument(person).nameText]));
    const walked = firstTierWalk(inNameOrder);
    const queries = new Set<string>();
    for (const person of everyone.filter((_, index) => index % 50 === 0)) {
      const words = (nameText.get(person.id) ?? '').split(' ');
      for (const word of words) for (let length = 1; length <= 6; length++) queries.add(word.slice(0, length));
      queries.add(words.join(' '));
      queries.add(`${words[0]?.slice(0, 2)} ${words[1]?.slice(0, 1)}`);
    }
    for (const query of ['x', 'q', 'zz', "o'", 'é']) queries.add(query);
    let checked = 0;
    for (const query of queries) {
      for (const archived of ['exclude', 'include', 'only'] as const) {
        const terms = peopleSearchTerms(query);
        const first = walked(terms, archived).slice(0, 20);
        const found = await deps.repos.people.search({ query, limit: 20, archived });
        expect(
          found.slice(0, first.length).map((person) => person.id),
          `"${query}", archived people: ${archived}`,
        ).toEqual(first.map((person) => person.id));
        if (archived === 'only') expect(found.every((person) => person.archived)).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(225);
  }, 120_000);

  it.runIf(kind === 'postgres')(
    'gives the people already stored their names in their name starts (migration 0032)',
    async () => {
      const old = await openMigratedTo(kind, '0029-person-scan-words');
      try {
        // Today's repository writes the column 0032 adds: it is here only while it writes.
        await sql`ALTER TABLE person_name_start ADD COLUMN search_name TEXT NOT NULL DEFAULT ''`.execute(
          old.connection.db,
        );
        const owner = await createOwner(createRepos(old.connection));
        await createPeople(owner, generateNetwork({ people: 60, seed: 4 }));
        await createPerson(owner, { displayName: "Zoë O'Keefe-Ng" });
        await sql`ALTER TABLE person_name_start DROP COLUMN search_name`.execute(old.connection.db);
        await migrate(old.connection);
        const rows = await old.connection.db
          .selectFrom('person_name_start')
          .innerJoin('person', (join) =>
            join
              .onRef('person.owner_id', '=', 'person_name_start.owner_id')
              .onRef('person.id', '=', 'person_name_start.person_id'),
          )
          .select(['person_name_start.search_name as held', 'person.search_name as name'])
          .execute();
        expect(rows.length).toBeGreaterThan(60 * 3);
        expect(rows.filter((row) => row.held !== row.name)).toEqual([]);
        expect(rows.map((row) => row.held)).toContain("zoe o'keefe-ng");
      } finally {
        await old.close();
      }
    },
  );

  it('reads the smallest range when every term starts a word: "s op" the people with a word starting "op"', async () => {
    await createPeople(deps, [
      ...Array.from({ length: 30 }, (_, index) => ({ displayName: `Sam Stone ${index}` })),
      { displayName: 'Sam Opal' },
      { displayName: 'Opal Smith' },
      { displayName: 'Olu Opara', title: 'S&OP lead' },
    ]);
    ran.length = 0;
    const found = await deps.repos.people.search({ query: 'S&OP', limit: 20, archived: 'exclude' });
    expect(found.map((person) => person.displayName)).toEqual(['Opal Smith', 'Sam Opal', 'Olu Opara']);
    if (kind === 'sqlite') return;
    const tier = ran.find((statement) => /person_name_start start\b/.test(statement.sql));
    expect(tier?.parameters).toContain('op');
    expect(tier?.parameters).not.toContain('s');
  });

  it.runIf(kind === 'postgres')('reads the start from its index in name order, with no sort', async () => {
    await createPeople(deps, generateNetwork({ people: 500, seed: 5 }));
    await sql`ANALYZE person, person_name_start`.execute(database.connection.db);
    ran.length = 0;
    const found = await deps.repos.people.search({ query: 'ma', limit: 20, archived: 'exclude' });
    expect(found.length).toBeGreaterThan(0);
    const query = ran.find((statement) => statement.sql.includes('person_name_start'));
    if (!query) throw new Error('the search did not read person_name_start');
    const plan = await database.connection.db.transaction().execute(async (trx) => {
      // A test's tables are small, so PostgreSQL might read them whole or sort a bitmap
      // scan's rows whatever the indexes: ask whether the ordered index walk is open to it.
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      await sql`SET LOCAL enable_bitmapscan = off`.execute(trx);
      const { rows } = await trx.executeQuery(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]));
      return rows.map((row) => JSON.stringify(row)).join('\n');
    });
    expect(plan).toContain('person_name_start_pk');
    expect(plan, plan).not.toMatch(/Sort/);
  });

  it.runIf(kind === 'sqlite')(
    'reads the names starting with the term from the name index in name order, with no sort',
    async () => {
      await createPeople(deps, generateNetwork({ people: 500, seed: 5 }));
      ran.length = 0;
      const found = await deps.repos.people.search({ query: 'ma', limit: 20, archived: 'exclude' });
      expect(found.length).toBeGreaterThan(0);
      const query = ran.find((statement) => statement.parameters.includes('ma') && statement.parameters.includes('mb'));
      if (!query) throw new Error('the search did not read the range of names starting "ma"');
      const { rows } = await database.connection.db.executeQuery(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]),
      );
      const plan = rows.map((row) => JSON.stringify(row)).join('\n');
      expect(plan).toMatch(/USING COVERING INDEX person_owner_sort \(owner_id=\? AND sort_name>\? AND sort_name<\?\)/);
      expect(plan).not.toContain('TEMP B-TREE');
    },
  );

  it.runIf(kind === 'sqlite')(
    'marks the later words of the names already stored and drops the name starts (migration 0048)',
    async () => {
      const old = await openMigratedTo(kind, '0047-occasions-move-their-cards');
      try {
        const owner = await createOwner(createRepos(old.connection));
        await createPeople(owner, generateNetwork({ people: 1_500, seed: 4 }));
        await createPerson(owner, { displayName: 'Zoë Quillfeather' });
        // The word index as it was before: the name's marked suffixes, no marked later words.
        await makeBodyIndexAnew(old.connection.db as Kysely<unknown>);
        const rows = await sql<{ search_rowid: number; search_name: string; search_words: string }>`
          SELECT search_rowid, search_name, search_words FROM person`.execute(old.connection.db);
        for (const row of rows.rows) {
          await sql`INSERT INTO person_body_fts (rowid, body_text)
            VALUES (${row.search_rowid}, ${wordIndexText(row.search_words, nameSuffixMarks(row.search_name))})`.execute(
            old.connection.db,
          );
        }
        await migrate(old.connection);
        const tables = await sql<{
          name: string;
        }>`SELECT name FROM sqlite_master WHERE name = 'person_name_start'`.execute(old.connection.db);
        expect(tables.rows).toEqual([]);
        const found = await owner.repos.people.search({ query: 'quill', limit: 20, archived: 'exclude' });
        expect(found.map((person) => person.displayName)).toEqual(['Zoë Quillfeather']);
      } finally {
        await old.close();
      }
    },
    60_000,
  );
});
