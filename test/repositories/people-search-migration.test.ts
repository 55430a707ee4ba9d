import { type Kysely, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { searchPeople } from '../../src/core/people/list-people.js';
import { newId } from '../../src/core/shared/ids.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { describeEachDatabase, openMigratedTo } from '../support/databases.js';

describeEachDatabase('people search migration (0007)', (kind) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('carries the search rows of existing people over, and they are found as before', async () => {
    // An install made before the search rework.
    const { connection, close } = await openMigratedTo(kind, '0006-events');
    cleanup = close;
    const db = connection.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const ownerId = newId();
    const at = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: ownerId, email: 'old@example.test', settings: '{}', is_admin: 0, created_at: at })
      .execute();
    const people = [
      {
        id: newId(),
        name: 'Adaeze Nwosu',
        company: 'Starbucks Coffee',
        title: 'barista trainer',
        email: 'sourdough@bakery.example',
        body: 'barista trainer sourdough@bakery.example',
      },
      { id: newId(), name: 'Tamara José', company: null, title: 'data engineer', email: null, body: 'data engineer' },
    ];
    for (const [index, person] of people.entries()) {
      const nameText = person.name.toLowerCase().replace('é', 'e');
      const companyText = (person.company ?? '').toLowerCase();
      await db
        .insertInto('person')
        .values({
          owner_id: ownerId,
          id: person.id,
          display_name: person.name,
          sort_name: nameText,
          search_name: nameText,
          search_rowid: index + 1,
          company: person.company,
          // The body's text comes from the person's fields (migration 0010 writes it anew from them).
          title: person.title,
          tier: 'regular',
          archived: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto('person_value')
        .values({
          owner_id: ownerId,
          person_id: person.id,
          kind: 'tag',
          position: 0,
          value: 'kept',
          value_key: 'kept',
          label: null,
        })
        .execute();
      if (person.email) {
        await db
          .insertInto('person_value')
          .values({
            owner_id: ownerId,
            person_id: person.id,
            kind: 'email',
            position: 0,
            value: person.email,
            value_key: person.email,
            label: null,
          })
          .execute();
      }
      if (kind === 'sqlite') {
        await sql`INSERT INTO person_name_fts (rowid, owner_id, person_id, name_text, company_text)
          VALUES (${index + 1}, ${ownerId}, ${person.id}, ${nameText}, ${companyText})`.execute(db);
        await sql`INSERT INTO person_body_fts (rowid, owner_id, person_id, body_text)
          VALUES (${index + 1}, ${ownerId}, ${person.id}, ${person.body})`.execute(db);
      } else {
        await sql`INSERT INTO person_search (owner_id, person_id, name_text, body_text, all_text)
          VALUES (${ownerId}, ${person.id}, ${nameText}, ${person.body}, ${`${nameText} ${companyText} ${person.body}`})`.execute(
          db,
        );
      }
    }

    await migrate(connection);

    const deps = { repos: createRepos(connection).forOwner(ownerId), now: () => new Date(at) };
    const names = async (query: string) => (await searchPeople(deps, { query })).map((p) => p.displayName);
    expect(await names('ada')).toEqual(['Adaeze Nwosu']);
    expect(await names('mara')).toEqual(['Tamara José']);
    expect(await names('buck')).toEqual(['Adaeze Nwosu']);
    expect(await names('bakery')).toEqual(['Adaeze Nwosu']);
    expect(await names('jose')).toEqual(['Tamara José']);
    expect(await names('engineer')).toEqual(['Tamara José']);
    // "ada" starts a word of Adaeze's name only; "mara" is inside Tamara. A term under
    // three characters is in a name only where a word starts (ADR 0040): "a" is not Tamara.
    expect(await names('a')).toEqual(['Adaeze Nwosu']);
    expect(await names('jo')).toEqual(['Tamara José']);
    const [adaeze] = await searchPeople(deps, { query: 'adaeze' });
    expect(adaeze?.tags).toEqual(['kept']);
  });
});
