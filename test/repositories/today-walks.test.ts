import { CompiledQuery, sql } from 'kysely';
import { expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import {
  describeEachDatabase,
  type FreshDatabase,
  freshDatabaseEachTest,
  recordingStatements,
} from '../support/databases.js';

/**
 * The daily list reads each tier's people along an index in clock-start order and stops
 * after a few (issue 17): never contacted people by the day they were added. On
 * PostgreSQL, ordered by that day alone, the walk read the whole tier and sorted it (a
 * parallel scan of 100,000 people at a million, 2.9 s).
 */
describeEachDatabase('the daily list walks each tier in order', (kind) => {
  let fresh: FreshDatabase;
  freshDatabaseEachTest(kind, (database) => {
    fresh = database;
  });

  it('reads the never contacted people of a tier from its index, with no sort', async () => {
    const { deps, ran } = recordingStatements(fresh);
    await createPeople(
      deps,
      Array.from({ length: 300 }, (_, index) => ({ displayName: `Pat Doe ${index}`, tier: 'regular' as const })),
    );
    // This schema's table only: a bare ANALYZE reads every schema on the server, and records
    // another session's half-loaded tables as empty (see test/shared-server.test.ts).
    if (kind === 'postgres') await sql`ANALYZE person`.execute(fresh.database.connection.db);
    ran.length = 0;
    const rows = await deps.repos.keepInTouch.candidates({
      today: '2030-01-01',
      dueBy: [{ tier: 'regular', clockStartOnOrBefore: '2029-09-01' }],
      birthdayMonthDays: [],
      perTier: 5,
    });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const walks = ran.find((statement) => statement.sql.includes('"w0"'));
    if (!walks) throw new Error('the candidates were not read in one statement');
    const plan = await fresh.database.connection.db.transaction().execute(async (trx) => {
      // A test's tables are small, so PostgreSQL might read them whole whatever the
      // indexes: ask whether the ordered index walk is open to it.
      if (kind === 'postgres') await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      if (kind === 'postgres') await sql`SET LOCAL enable_bitmapscan = off`.execute(trx);
      const explain = kind === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN ';
      const { rows } = await trx.executeQuery(CompiledQuery.raw(explain + walks.sql, [...walks.parameters]));
      return rows.map((row) => JSON.stringify(row)).join('\n');
    });
    expect(plan).toContain('person_owner_keep_in_touch');
    if (kind === 'sqlite') expect(plan).not.toContain('TEMP B-TREE');
    else expect(plan, plan).not.toMatch(/Sort/);
  });
});
