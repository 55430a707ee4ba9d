import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import type { ArchivedFilter, Person } from '../../src/core/people/schema.js';
import { searchDocument, sortName } from '../../src/core/people/search-document.js';
import {
  indexWords,
  peopleSearchTerms,
  SHORT_TERM_BELOW,
  scanWords,
  wordSuffixes,
} from '../../src/core/people/search-words.js';
import { setArchived, updatePerson } from '../../src/core/people/update-person.js';
import { type Connection, migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { SCAN_SAMPLE } from '../../src/db/repos/people-search-text.js';
import {
  createOwner,
  describeEachDatabase,
  type OwnerDeps,
  openMigratedTo,
  openTestDatabase,
  recordingStatements,
} from '../support/databases.js';

/**
 * The last search tier (terms anywhere) is read in name order, each person checked (on
 * SQLite against the search words in the name index), and from the word index when none
 * of the first SCAN_SAMPLE people match (ADR 0043). Either way the page must be what a
 * walk through everyone gives.
 */
describeEachDatabase('search reading the last tier in name order', (kind) => {
  it('ranks as a walk through everyone would, for common and rare terms', async () => {
    const database = await openTestDatabase(kind);
    try {
      const deps = await createOwner(database.repos);
      await createPeople(deps, generateNetwork({ people: SCAN_SAMPLE + 700, seed: 31 }));
      const everyone = await deps.repos.people.all();
      // A few people archived, and one with a changed company, so the words follow updates.
      for (const person of everyone.filter((_, index) => index % 97 === 0)) {
        await setArchived(deps, person.id, true);
      }
      const moved = everyone[5] as Person;
      await updatePerson(deps, moved.id, { company: 'Quokkaworks Ltd' });

      const stored = await deps.repos.people.all();
      const active = stored.filter((person) => !person.archived);
      const archived = stored.filter((person) => person.archived);
      const texts = new Map(
        stored.map((person) => {
          const document = searchDocument(person);
          const elsewhere = [...indexWords(document.bodyText), ...indexWords(wordSuffixes(document.companyText))];
          return [person.id, { name: ` ${document.nameText}`, elsewhere }];
        }),
      );
      const text = (person: Person) => texts.get(person.id) ?? { name: '', elsewhere: [] };
      const inName = (person: Person, term: string) =>
        term.length < SHORT_TERM_BELOW ? text(person).name.includes(` ${term}`) : text(person).name.includes(term);
      const inElsewhere = (person: Person, term: string) => {
        const words = term.length < SHORT_TERM_BELOW ? [term] : indexWords(term);
        return words.every((word, index) =>
          index === words.length - 1
            ? text(person).elsewhere.some((held) => held.startsWith(word))
            : text(person).elsewhere.includes(word),
        );
      };
      const somewhere = (person: Person, term: string) =>
        inName(person, term) ||
        inElsewhere(person, term) ||
        (term.length < SHORT_TERM_BELOW && text(person).name.includes(` ${term}`));
      /** Every term anywhere but not every term in the name: the last tier, by name. */
      const lastTier = (terms: readonly string[], people: readonly Person[]) =>
        people.filter(
          (person) => terms.every((term) => somewhere(person, term)) && !terms.every((term) => inName(person, term)),
        );
      const byName = (people: readonly Person[]) =>
        people
          .map((person) => ({ key: sortName(person.displayName), id: person.id }))
          .sort((a, b) => (a.key === b.key ? (a.id < b.id ? -1 : 1) : a.key < b.key ? -1 : 1))
          .map((person) => person.id);

      const queries = new Set(['quokka', 'orkswor', 'senior', 'analyst', 'forecasting', 'zzqx']);
      for (const person of active.filter((_, index) => index % 25 === 0)) {
        const email = person.emails[0]?.value ?? 'ann@example.com';
        queries.add(email.slice(0, 6));
        queries.add(person.topics[0] ?? 'supply chain');
        queries.add(`${(person.familyName ?? '').slice(0, 4)} ${(person.title ?? 'vp').split(' ')[0]}`);
        queries.add((person.company ?? 'logistics').split(' ')[0] ?? 'data');
        // A part from inside a name with a word from elsewhere: on SQLite one question to
        // the word index, through the name's marked suffixes (ADR 0049).
        queries.add(`${(person.familyName ?? 'kowalski').slice(1, 5)} ${(person.title ?? 'vp').split(' ')[0]}`);
        queries.add(`${(person.givenName ?? 'marianne').slice(2)} ${person.topics[0]?.split(' ')[0] ?? 'data'}`);
        queries.add(
          indexWords((person.notes ?? 'met at').toLowerCase())
            .slice(-2)
            .join(' '),
        );
      }
      const recorded = recordingStatements({ database, deps });
      let compared = 0;
      let archivedFound = 0;
      for (const query of queries) {
        const terms = peopleSearchTerms(query);
        if (terms.length === 0) continue;
        // PostgreSQL reads a term of several words ("ada.lo") as a phrase, SQLite's word
        // index (which keeps no positions) as all of its words: the walk here does the latter.
        if (kind === 'postgres' && terms.some((term) => indexWords(term).length > 1)) continue;
        // Among the people not archived, and among the archived alone (read apart, migration 0043).
        for (const [choice, people] of [
          ['exclude', active],
          ['only', archived],
        ] as const) {
          const found = await recorded.deps.repos.people.search({ query, limit: 200, archived: choice });
          // Only the last tier is compared: the tiers before it are read as before (name-starts, search-walk suites).
          const expected = byName(lastTier(terms, people));
          const got = found.map((person) => person.id).filter((id) => expected.includes(id));
          const lastFound = found.filter((person) => !terms.every((term) => inName(person, term)));
          const said = `"${query}", archived people: ${choice}`;
          expect(
            lastFound.map((person) => person.id),
            said,
          ).toEqual(got);
          expect(got, said).toEqual(expected.slice(0, got.length));
          if (found.length < 200) expect(got.length, `${said}: the whole last tier`).toBe(expected.length);
          expect(found.every((person) => person.archived === (choice === 'only'))).toBe(true);
          if (choice === 'only' && expected.length > 0) archivedFound += 1;
        }
        compared += 1;
      }
      expect(compared).toBeGreaterThan(kind === 'sqlite' ? 300 : 200);
      expect(archivedFound).toBeGreaterThan(20);
      // Both ways were taken: reading in name order, and the word index for rarer terms.
      const sql = recorded.ran.map((query) => query.sql);
      const [walked, read] =
        kind === 'sqlite'
          ? ['walked JOIN person', 'json_each']
          : ['SELECT * FROM person_search s', 'count(*) OVER () AS size'];
      expect(sql.some((statement) => statement.includes(walked))).toBe(true);
      expect(sql.some((statement) => statement.includes(read))).toBe(true);
      const apart =
        kind === 'sqlite' ? 'INDEXED BY person_owner_archived_sort' : 'ORDER BY s.sort_name, s.person_id OFFSET 0';
      expect(sql.some((statement) => statement.includes(apart))).toBe(true);
      if (kind === 'sqlite') expect(sql.some((statement) => statement.includes('person_body_vocab'))).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('keeps each person search words as the word index text, through updates', async () => {
    const database = await openTestDatabase(kind);
    try {
      const deps = await createOwner(database.repos);
      await createPeople(deps, generateNetwork({ people: 50, seed: 5 }));
      const [renamed, moved] = await deps.repos.people.all();
      await updatePerson(deps, (renamed as Person).id, { displayName: 'Zora Quill', topics: ['beekeeping'] });
      await updatePerson(deps, (moved as Person).id, { company: 'Quokkaworks', notes: 'Met at the harbour' });
      await setArchived(deps, (moved as Person).id, true);
      await expectWordsOfEveryone(database.connection, deps.ownerId, deps);
      expect(await lastTierNames(deps, 'beekeeping')).toEqual(['Zora Quill']);
      expect(await lastTierNames(deps, 'harbour', 'include')).toHaveLength(1);
      expect(await lastTierNames(deps, 'harbour', 'only')).toEqual([(moved as Person).displayName]);
      expect(await lastTierNames(deps, 'beekeeping', 'only')).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('are filled for the people already stored by migration 0029', async () => {
    const { connection, close } = await openMigratedTo(kind, '0028-body-prefix-index');
    try {
      // Today's repository writes the columns 0029 and 0032 add: they are here only while it writes.
      await sql`ALTER TABLE person ADD COLUMN search_words TEXT NOT NULL DEFAULT ''`.execute(connection.db);
      await sql`ALTER TABLE person_name_start ADD COLUMN search_name TEXT NOT NULL DEFAULT ''`.execute(connection.db);
      const deps = await createOwner(createRepos(connection));
      await createPeople(deps, generateNetwork({ people: 40, seed: 9 }));
      await sql`ALTER TABLE person DROP COLUMN search_words`.execute(connection.db);
      await sql`ALTER TABLE person_name_start DROP COLUMN search_name`.execute(connection.db);
      await migrate(connection);
      await expectWordsOfEveryone(connection, deps.ownerId, deps);
      if (kind === 'sqlite') {
        const index = await sql<{ name: string }>`SELECT name FROM pragma_index_info('person_owner_sort')`.execute(
          connection.db,
        );
        expect(index.rows.map((row) => row.name)).toEqual([
          'owner_id',
          'sort_name',
          'id',
          'archived',
          'search_name',
          'search_words',
        ]);
      }
    } finally {
      await close();
    }
  });
});

/** Every stored person's search words are those of their word index text. */
async function expectWordsOfEveryone(connection: Connection, ownerId: string, deps: OwnerDeps): Promise<void> {
  const stored = await connection.db
    .selectFrom('person')
    .select(['id', 'search_words'])
    .where('owner_id', '=', ownerId)
    .execute();
  const people = new Map((await deps.repos.people.all()).map((person) => [person.id, person]));
  expect(stored.length).toBe(people.size);
  for (const row of stored) {
    expect(row.search_words).toBe(scanWords(searchDocument(people.get(row.id) as Person)));
  }
}

async function lastTierNames(deps: OwnerDeps, query: string, archived: ArchivedFilter = 'exclude'): Promise<string[]> {
  return (await deps.repos.people.search({ query, limit: 20, archived })).map((person) => person.displayName);
}
