import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { searchPeople } from '../../src/core/people/list-people.js';
import type { ArchivedFilter } from '../../src/core/people/schema.js';
import { setArchived, updatePerson } from '../../src/core/people/update-person.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { createOwner, openMigratedTo, postgresUrl } from '../support/databases.js';

// PostgreSQL only (migration 0041, ADR 0054): SQLite puts a set in name order on its search rowid index.
const describePostgres = postgresUrl ? describe : describe.skip;

describePostgres("search rows hold their person's name key and archiving (0041, postgres)", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('copies them for the stored people, keeps them in step through every write, and searches with them', async () => {
    const { connection, close } = await openMigratedTo('postgres', '0039-name-marks-in-tsvector');
    cleanup = close;
    const db = connection.db;
    const deps = await createOwner(createRepos(connection));
    const created = await createPeople(deps, [
      { displayName: 'Ada Qwxon', title: 'Senior analyst' },
      { displayName: 'Bo Qwxica', title: 'Senior buyer' },
      ...generateNetwork({ people: 60, seed: 5 }),
    ]);
    const [ada, bo] = created;
    await setArchived(deps, bo?.id ?? '', true);
    const words = async () =>
      (await sql<{ word: string }>`SELECT word FROM person_word ORDER BY owner_id, word, person_id`.execute(db)).rows;
    const wordsBefore = await words();

    await migrate(connection);

    /** Search rows whose name key or archiving is not their person's. */
    const astray = async () =>
      (
        await sql<{ person_id: string }>`SELECT s.person_id FROM person_search s
          JOIN person p ON p.owner_id = s.owner_id AND p.id = s.person_id
          WHERE s.sort_name <> p.sort_name OR s.archived <> p.archived`.execute(db)
      ).rows;
    const rows = async () =>
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM person_search`.execute(db)).rows[0]?.n);
    expect(await rows()).toBe(created.length);
    expect(await astray()).toEqual([]);
    expect(await words()).toEqual(wordsBefore);

    const names = async (query: string, archived: ArchivedFilter = 'exclude') =>
      (await searchPeople(deps, { query, archived })).map((person) => person.displayName);
    expect(await names('qwx senior')).toEqual(['Ada Qwxon']);
    expect(await names('qwx senior', 'include')).toEqual(['Ada Qwxon', 'Bo Qwxica']);
    expect(await names('qwx senior', 'only')).toEqual(['Bo Qwxica']);

    // Written through the use cases: a rename moves the name key, archiving hides.
    await updatePerson(deps, ada?.id ?? '', { displayName: 'Zoe Qwxon' });
    await setArchived(deps, bo?.id ?? '', false);
    await createPeople(deps, [{ displayName: 'Cy Qwxford', title: 'Senior engineer' }]);
    expect(await astray()).toEqual([]);
    expect(await names('qwx senior')).toEqual(['Bo Qwxica', 'Cy Qwxford', 'Zoe Qwxon']);

    // Written to the person's row alone, as no writer of kith does today: the trigger follows.
    await sql`UPDATE person SET archived = 1 WHERE id = ${bo?.id ?? ''}`.execute(db);
    await sql`UPDATE person SET sort_name = 'aaa' WHERE id = ${ada?.id ?? ''}`.execute(db);
    expect(await astray()).toEqual([]);
    expect(await names('qwx senior')).toEqual(['Zoe Qwxon', 'Cy Qwxford']);
    expect(await names('qwx senior', 'only')).toEqual(['Bo Qwxica']);
  });
});
