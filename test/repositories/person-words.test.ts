import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '../../src/core/backup/export-backup.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { importContacts } from '../../src/core/import/import-contacts.js';
import type { IndexWord } from '../../src/core/matching/retrieval.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { wordSuffixes } from '../../src/core/people/search-words.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import { newId } from '../../src/core/shared/ids.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { tsWord } from '../../src/db/repos/people-search-text.js';
import { rangeRows, rangeRowsQuery, wordRange } from '../../src/db/repos/people-words-postgres.js';
import type { Database } from '../../src/db/schema.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  type OwnerDeps,
  openMigratedTo,
  postgresUrl,
  type TestDatabase,
} from '../support/databases.js';
import { fixture } from '../support/fixtures.js';

const whole = (text: string): IndexWord => ({ text, prefix: false });
const prefix = (text: string): IndexWord => ({ text, prefix: true });

/** Each question's people, by display name, sorted, and whether the answer was all of them. */
async function ask(deps: OwnerDeps, questions: IndexWord[][], cap = 10) {
  const answers = await deps.repos.people.findByIndexWords(questions, cap);
  return Promise.all(
    answers.map(async (answer) => ({
      names: (await deps.repos.people.getByIndexKeys(answer.keys)).map((person) => person.displayName).sort(),
      complete: answer.complete,
    })),
  );
}

describeEachDatabase('give first: the word index answers whole words, prefixes and ANDs', (kind) => {
  let database: TestDatabase;
  let deps: OwnerDeps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  async function network() {
    await createPerson(deps, { displayName: 'Ada', title: 'Data Engineer', topics: ['Résumé writing'] });
    await createPerson(deps, { displayName: 'Bo', topics: ['database tuning'], notes: 'AI tooling' });
    await createPerson(deps, { displayName: 'Cy', title: '3D printing lead', industry: 'B2B', topics: ['covid19'] });
    await createPerson(deps, { displayName: 'Di', notes: "O'Brien's mentoring circle", company: 'Starbucks' });
    await createPerson(deps, { displayName: 'Eve', topics: ['Ελληνικά', 'Москва', 'naïve Bayes'] });
    await createPerson(deps, { displayName: 'Fay', topics: ['first aid'] });
    await createPerson(deps, { displayName: 'Gus', topics: ['AI in radiology'] });
  }

  const questions: [IndexWord[], string[]][] = [
    [[whole('data')], ['Ada']],
    [[prefix('data')], ['Ada', 'Bo']],
    [[whole('ai')], ['Bo', 'Gus']],
    [[prefix('ai')], ['Bo', 'Fay', 'Gus']],
    [[prefix('resum')], ['Ada']],
    [[whole('resume')], ['Ada']],
    [[whole('3d')], ['Cy']],
    [[whole('b2b')], ['Cy']],
    [[prefix('covid')], ['Cy']],
    [[whole('covid19')], ['Cy']],
    [[whole('brien')], ['Di']],
    [[whole('obrien')], []],
    [[prefix('bucks')], ['Di']],
    [[prefix('ελλην')], ['Eve']],
    [[whole('москва')], ['Eve']],
    [[prefix('naiv')], ['Eve']],
    [[prefix('data'), prefix('engin')], ['Ada']],
    [[whole('ai'), prefix('tool')], ['Bo']],
    [[prefix('resum'), prefix('writ')], ['Ada']],
    [[prefix('data'), prefix('radiolog')], []],
    [[prefix('nothing')], []],
  ];

  it('finds whole words, prefixes, ANDs, folded accents, other scripts and digits, all of each', async () => {
    await network();
    const answers = await ask(
      deps,
      questions.map(([words]) => words),
    );
    expect(answers.map((answer) => answer.names)).toEqual(questions.map(([, names]) => names));
    expect(answers.every((answer) => answer.complete)).toBe(true);
  });

  it('answers as the tsvector did, question for question (PostgreSQL)', async (context) => {
    if (kind !== 'postgres') context.skip();
    await network();
    const db = database.connection.db;
    const answers = await deps.repos.people.findByIndexWords(
      questions.map(([words]) => words),
      10,
    );
    for (const [index, [words]] of questions.entries()) {
      const expression = words.map((word) => `${tsWord(word.text)}${word.prefix ? ':*' : ''}`).join(' & ');
      const before = await sql<{ person_id: string }>`SELECT person_id FROM person_search
        WHERE owner_id = ${deps.ownerId} AND tsv @@ to_tsquery('simple', ${expression})`.execute(db);
      expect([...(answers[index]?.keys ?? [])].sort(), expression).toEqual(
        before.rows.map((row) => row.person_id).sort(),
      );
    }
  });

  it('counts a person once however many words of theirs a prefix begins, and says when there were more', async () => {
    const logistics = ['logistic', 'logistical', 'logisticians', 'logistics'];
    await createPeople(
      deps,
      ['Ana', 'Ben'].map((displayName) => ({ displayName, topics: logistics })),
    );
    await createPerson(deps, { displayName: 'Cal', topics: ['logistics'] });
    // On PostgreSQL the prefix's first 8 rows (a cap of 3 reads twice its answer) name
    // only Ana and Ben, four times each; Cal's one word sorts last.
    expect(await ask(deps, [[prefix('logist')]], 3)).toEqual([{ names: ['Ana', 'Ben', 'Cal'], complete: true }]);
    await createPerson(deps, { displayName: 'Dee', topics: ['logistics'] });
    const [answer] = await ask(deps, [[prefix('logist')]], 3);
    expect(answer?.names).toHaveLength(3);
    expect(answer?.complete).toBe(false);
  });
});

/** Rows of person_word that its persons' tsvectors do not hold, and the reverse: none when in step. */
async function outOfStep(db: Kysely<Database>): Promise<number> {
  // The tsvector's words, without the marks of name words it also holds (migration 0039).
  const tsvWords = sql`SELECT s.owner_id, w.word, s.person_id FROM person_search s, unnest(tsvector_to_array(s.tsv)) AS w (word)
    WHERE NOT starts_with(w.word, chr(57344)) AND NOT starts_with(w.word, chr(57345))`;
  const result = await sql<{ n: string }>`SELECT count(*) AS n FROM (
      (SELECT owner_id, word, person_id FROM person_word EXCEPT ALL ${tsvWords})
      UNION ALL
      (${tsvWords} EXCEPT ALL SELECT owner_id, word, person_id FROM person_word)) drift`.execute(db);
  return Number(result.rows[0]?.n);
}

async function wordsOf(db: Kysely<Database>, personId: string): Promise<string[]> {
  const result = await sql<{ word: string }>`SELECT word FROM person_word WHERE person_id = ${personId}
    ORDER BY word`.execute(db);
  return result.rows.map((row) => row.word);
}

const describePostgres = postgresUrl ? describe : describe.skip;

describePostgres('person_word on PostgreSQL', () => {
  let database: TestDatabase;
  let deps: OwnerDeps;

  freshDatabaseEachTest('postgres', (fresh) => {
    ({ database, deps } = fresh);
  });

  it('follows every writer: create, bulk create, update, delete, merge, import, restore and removing a user', async () => {
    const db = database.connection.db;
    const ada = await createPerson(deps, { displayName: 'Ada', topics: ['kafka streams'], company: 'Acme' });
    expect(await wordsOf(db, ada.id)).toEqual(expect.arrayContaining(['kafka', 'streams', 'acme', 'cme']));
    await createPeople(
      deps,
      Array.from({ length: 40 }, (_, index) => ({ displayName: `Bulk ${index}`, topics: [`topic${index} shared`] })),
    );
    expect(await outOfStep(db)).toBe(0);

    await updatePerson(deps, ada.id, { topics: ['flink'] });
    expect(await wordsOf(db, ada.id)).toContain('flink');
    expect(await wordsOf(db, ada.id)).not.toContain('kafka');
    expect(await outOfStep(db)).toBe(0);

    const bo = await createPerson(deps, { displayName: 'Bo', topics: ['pottery'] });
    await deletePerson(deps, bo.id);
    expect(await wordsOf(db, bo.id)).toEqual([]);

    const keep = await createPerson(deps, { displayName: 'Cy Moss', topics: ['radiology'] });
    const other = await createPerson(deps, { displayName: 'Cy Moss', topics: ['oncology'] });
    await mergePeople(deps, { keepId: keep.id, otherId: other.id });
    expect(await wordsOf(db, other.id)).toEqual([]);
    expect(await wordsOf(db, keep.id)).toEqual(expect.arrayContaining(['radiology', 'oncology']));
    expect(await outOfStep(db)).toBe(0);

    await importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections.csv') });
    expect(await outOfStep(db)).toBe(0);

    const restored = await createOwner(database.repos, { email: 'restored@example.test' });
    await restoreBackup(restored, JSON.parse(serializeBackup(await exportBackup(deps))));
    const counts = await sql<{ owner_id: string; n: string }>`SELECT owner_id, count(*) AS n FROM person_word
      GROUP BY owner_id`.execute(db);
    const byOwner = new Map(counts.rows.map((row) => [row.owner_id, Number(row.n)]));
    expect(byOwner.get(restored.ownerId)).toBe(byOwner.get(deps.ownerId));
    expect(await outOfStep(db)).toBe(0);

    // removing a user cascades to their people, and through person_search to their words
    await database.repos.users.remove(restored.ownerId);
    const left = await sql<{ n: string }>`SELECT count(*) AS n FROM person_word
      WHERE owner_id = ${restored.ownerId}`.execute(db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    expect(await outOfStep(db)).toBe(0);
  });

  it('reads a common prefix with an index-only range scan that stops after a few hundred rows', async () => {
    const db = database.connection.db;
    await createPeople(
      deps,
      Array.from({ length: 2000 }, (_, index) => ({
        displayName: `Person ${index}`,
        topics: ['data pipelines', index % 2 ? 'database design' : 'dataops'],
      })),
    );
    await sql`ANALYZE person_word`.execute(db);
    const range = wordRange(prefix('data'));
    if (!range) throw new Error('data has a range');
    const inRange = await sql<{ n: string }>`SELECT count(*) AS n FROM person_word
      WHERE owner_id = ${deps.ownerId} AND word >= ${range.lo} AND word < ${range.hi}`.execute(db);
    expect(Number(inRange.rows[0]?.n)).toBe(4000);

    const explained = await sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)
      ${rangeRowsQuery(deps.ownerId, [range], rangeRows(300))}`.execute(db);
    const nodes = flatten(explained.rows[0]?.['QUERY PLAN'][0].Plan);
    const scan = nodes.find((node) => node['Node Type'] === 'Index Only Scan');
    // Heap fetches depend on vacuum having seen the rows, which another session's open
    // transaction can hold back: not asserted.
    expect(scan).toMatchObject({ 'Relation Name': 'person_word' });
    expect(scan?.['Actual Rows']).toBe(rangeRows(300));
    expect(nodes.some((node) => node['Relation Name'] === 'person_search')).toBe(false);
  });

  it('is filled from the people already stored when the migration runs', async () => {
    const old = await openMigratedTo('postgres', '0024-event-attendees');
    try {
      const owner = await createOwner(createRepos(old.connection));
      // Written as a build of migration 0024 wrote people: today's repository also writes
      // person_name_start (0027), which that schema does not have yet.
      const at = '2026-01-01T00:00:00.000Z';
      const people = [
        { id: newId(), name: 'Ada', body: 'kafka streams resume', company: '' },
        { id: newId(), name: 'Bo', body: 'midwife', company: 'st mary' },
      ];
      for (const person of people) {
        const folded = person.name.toLowerCase();
        await sql`insert into person (owner_id, id, display_name, sort_name, search_name, tier, created_at, updated_at)
          values (${owner.ownerId}, ${person.id}, ${person.name}, ${folded}, ${folded}, 'regular', ${at}, ${at})`.execute(
          old.connection.db,
        );
        await sql`insert into person_search (owner_id, person_id, name_text, company_words, body_text)
          values (${owner.ownerId}, ${person.id}, ${folded}, ${wordSuffixes(person.company)}, ${person.body})`.execute(
          old.connection.db,
        );
      }
      await migrate(old.connection);
      expect(await outOfStep(old.connection.db)).toBe(0);
      const count = await sql<{ n: string }>`SELECT count(*) AS n FROM person_word`.execute(old.connection.db);
      expect(Number(count.rows[0]?.n)).toBeGreaterThan(5);
    } finally {
      await old.close();
    }
  });
});

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
};

function flatten(node: PlanNode | undefined): PlanNode[] {
  if (!node) return [];
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}
