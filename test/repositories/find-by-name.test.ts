import { CompiledQuery, sql } from 'kysely';
import { expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { resolvePerson } from '../../src/core/people/resolve-person.js';
import type { Deps } from '../../src/core/repos.js';
import {
  describeEachDatabase,
  freshDatabaseEachTest,
  recordingStatements,
  type TestDatabase,
} from '../support/databases.js';

/**
 * Finding a person by name (issue 17): by display name, nickname or given and family
 * name, each lookup answered by an index, so `kith people show NAME` costs what showing
 * by id costs instead of reading every person.
 */
describeEachDatabase('finding people by name', (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  /** The statements the repositories ran, as compiled. */
  let ran: CompiledQuery[];

  freshDatabaseEachTest(kind, (fresh) => {
    database = fresh.database;
    ({ deps, ran } = recordingStatements(fresh));
  });

  it('finds by display name, nickname or given and family name, ignoring case and accents', async () => {
    const ada = await createPerson(deps, {
      displayName: 'Dr. Ada Okafor',
      nickname: 'Dee',
      givenName: 'Ada',
      familyName: 'Okafor',
    });
    const chloe = await createPerson(deps, { displayName: 'Chloé Martin' });
    await createPerson(deps, { displayName: 'Ada Lovelace' });
    expect((await resolvePerson(deps, 'dr. ada okafor')).id).toBe(ada.id);
    expect((await resolvePerson(deps, 'DEE')).id).toBe(ada.id);
    expect((await resolvePerson(deps, 'Ada Okafor')).id).toBe(ada.id);
    expect((await resolvePerson(deps, 'chloe martin')).id).toBe(chloe.id);
    await createPerson(deps, { displayName: 'Dee', company: 'Acme' });
    await expect(resolvePerson(deps, 'dee')).rejects.toThrow('"dee" matches 2 people');
  });

  it('answers each lookup from an index, never by reading every person', async () => {
    await createPeople(deps, generateNetwork({ people: 500, seed: 7 }));
    await createPerson(deps, { displayName: 'Ada Okafor', nickname: 'Dee', givenName: 'Ada', familyName: 'Okafor' });
    if (kind === 'postgres') await sql`ANALYZE person`.execute(database.connection.db);
    ran.length = 0;
    await deps.repos.people.findByName('Ada Okafor');
    // Only the lookups ran since: one statement per way of naming someone.
    const lookups = [...ran];
    expect(lookups).toHaveLength(3);
    const plans: string[] = [];
    await database.connection.db.transaction().execute(async (trx) => {
      // A test table is small, so PostgreSQL might read it whole whatever the indexes: ask what it can use.
      if (kind === 'postgres') await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      for (const query of lookups) {
        const explain = kind === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN ';
        const { rows } = await trx.executeQuery(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
        plans.push(rows.map((row) => JSON.stringify(row)).join('\n'));
      }
    });
    const indexes = ['person_owner_sort', 'person_owner_nickname_key', 'person_owner_full_name_key'];
    plans.forEach((plan, index) => {
      expect(plan).toContain(indexes[index]);
      // The name is part of the index condition, not a filter over every person of the owner.
      if (kind === 'sqlite') expect(plan).toMatch(/\(owner_id=\? AND /);
      else expect(plan).toMatch(/Index Cond: \(\(owner_id = '[0-9a-z]+'::text\) AND/);
    });
  });
});
