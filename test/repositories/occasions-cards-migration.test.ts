import { type Kysely, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { newId } from '../../src/core/shared/ids.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { describeEachDatabase, openMigratedTo } from '../support/databases.js';

const at = '2026-01-01T00:00:00.000Z';

describeEachDatabase('occasions move their cards (0047)', (kind) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('moves the cards of people with occasions, so a phone fetches their dates before it sends the card back', async () => {
    // An install from before occasions were on cards: a date added then did not move the card.
    const { connection, close } = await openMigratedTo(kind, '0046-dav-card-uid-index');
    cleanup = close;
    const db = connection.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const ownerId = newId();
    await db
      .insertInto('users')
      .values({ id: ownerId, email: 'old@example.test', settings: '{}', is_admin: 0, created_at: at })
      .execute();
    const deps = { repos: createRepos(connection).forOwner(ownerId), now: () => new Date(at) };
    const ada = await createPerson(deps, { displayName: 'Ada Okafor' });
    const bo = await createPerson(deps, { displayName: 'Bo Nuel' });
    await deps.repos.occasions.insert({
      id: newId(),
      personId: ada.id,
      label: 'anniversary',
      date: '--02-29',
      createdAt: at,
    });
    const revisions = async () => {
      const rows = await sql<{ id: string; card_revision: number }>`SELECT id, card_revision FROM person`.execute(db);
      const clock = await sql<{ revision: number }>`SELECT revision FROM card_clock`.execute(db);
      const people = new Map(rows.rows.map((row) => [row.id, Number(row.card_revision)]));
      return { ada: people.get(ada.id), bo: people.get(bo.id), clock: Number(clock.rows[0]?.revision) };
    };
    const before = await revisions();

    await migrate(connection);

    const after = await revisions();
    expect(after.clock).toBe(before.clock + 1);
    expect(after.ada).toBe(after.clock);
    // Nothing of Bo's card changed: it keeps its ETag.
    expect(after.bo).toBe(before.bo);
  });
});
