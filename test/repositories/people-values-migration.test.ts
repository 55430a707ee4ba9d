import { type Kysely, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import { listPeople } from '../../src/core/people/list-people.js';
import type { PersonValueKind } from '../../src/core/people/repo.js';
import { searchDocument, sortName } from '../../src/core/people/search-document.js';
import { wordSuffixes } from '../../src/core/people/search-words.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import { valueKey } from '../../src/core/people/value-keys.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { newId } from '../../src/core/shared/ids.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { describeEachDatabase, openMigratedTo } from '../support/databases.js';

type OldPerson = {
  name: string;
  notes?: string;
  values: { kind: PersonValueKind; position: number; value: string; label?: string }[];
};

const at = '2026-01-01T00:00:00.000Z';

// Rows as 0009 wrote them, listed out of position order: positions, not insertion, give the order.
const ada: OldPerson = {
  name: 'Ada Okafor',
  values: [
    { kind: 'email', position: 1, value: 'ada@home.example' },
    { kind: 'email', position: 0, value: 'ada@work.example', label: 'work' },
    { kind: 'phone', position: 0, value: '+1 415 555 0142', label: 'mobile' },
    { kind: 'phone', position: 1, value: '(415) 555-0199' },
    { kind: 'phone', position: 2, value: 'n/a' },
    { kind: 'link', position: 1, value: 'https://example.com/ada', label: 'site' },
    { kind: 'link', position: 0, value: 'https://www.linkedin.com/in/ada-okafor', label: 'linkedin' },
    { kind: 'tag', position: 1, value: 'mentor' },
    { kind: 'tag', position: 0, value: 'Supply Chain' },
    { kind: 'topic', position: 0, value: 'robotics' },
    { kind: 'topic', position: 1, value: 'Café culture' },
    { kind: 'offer', position: 1, value: 'code reviews' },
    { kind: 'offer', position: 0, value: 'introductions' },
    { kind: 'need', position: 0, value: 'a designer' },
  ],
};
const bo: OldPerson = { name: 'Bo Nuel', notes: 'works in supply chain, robotics mentor', values: [] };
const cy: OldPerson = {
  name: 'Cy Other',
  values: [
    { kind: 'tag', position: 0, value: 'supply' },
    { kind: 'email', position: 0, value: 'ada@home.example' },
    { kind: 'phone', position: 0, value: 'none' },
  ],
};

/** Writes a person as migration 0009's repository did: the person row, one row per value, the search rows. */
async function insertOldPerson(
  db: Kysely<Record<string, Record<string, unknown>>>,
  dialect: 'sqlite' | 'postgres',
  ownerId: string,
  searchRowid: number,
  old: OldPerson,
): Promise<string> {
  const id = newId();
  const text = (kind: PersonValueKind) => old.values.filter((v) => v.kind === kind).map((v) => v.value);
  const document = searchDocument({
    displayName: old.name,
    givenName: null,
    familyName: null,
    nickname: null,
    title: null,
    company: null,
    industry: null,
    location: null,
    notes: old.notes ?? null,
    emails: text('email').map((value) => ({ value, label: null })),
    tags: text('tag'),
    topics: text('topic'),
    offers: text('offer'),
    needs: text('need'),
  } as Parameters<typeof searchDocument>[0]);
  await db
    .insertInto('person')
    .values({
      owner_id: ownerId,
      id,
      display_name: old.name,
      sort_name: sortName(old.name),
      search_name: document.nameText,
      search_rowid: dialect === 'sqlite' ? searchRowid : null,
      notes: old.notes ?? null,
      tier: 'regular',
      archived: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const value of old.values) {
    await db
      .insertInto('person_value')
      .values({
        owner_id: ownerId,
        person_id: id,
        kind: value.kind,
        position: value.position,
        value: value.value,
        value_key: valueKey(value.kind, value.value),
        label: value.label ?? null,
      })
      .execute();
  }
  if (dialect === 'sqlite') {
    await sql`INSERT INTO person_name_fts (rowid, name_text) VALUES (${searchRowid}, ${` ${document.nameText}`})`.execute(
      db,
    );
    await sql`INSERT INTO person_body_fts (rowid, body_text) VALUES (${searchRowid}, ${document.bodyText})`.execute(db);
  } else {
    await sql`INSERT INTO person_search (owner_id, person_id, name_text, company_words, body_text)
      VALUES (${ownerId}, ${id}, ${document.nameText}, ${wordSuffixes(document.companyText)}, ${document.bodyText})`.execute(
      db,
    );
  }
  return id;
}

describeEachDatabase('people values migration (0010)', (kind) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('moves every value onto the person in order with its label, keeps the identity keys, and lists by tag', async () => {
    // An install made before values moved onto the person row.
    const { connection, close } = await openMigratedTo(kind, '0009-server-settings');
    cleanup = close;
    const db = connection.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const ownerId = newId();
    await db
      .insertInto('users')
      .values({ id: ownerId, email: 'old@example.test', settings: '{}', is_admin: 0, created_at: at })
      .execute();
    const adaId = await insertOldPerson(db, kind, ownerId, 1, ada);
    const boId = await insertOldPerson(db, kind, ownerId, 2, bo);
    const cyId = await insertOldPerson(db, kind, ownerId, 3, cy);

    await migrate(connection);

    const deps = { repos: createRepos(connection).forOwner(ownerId), now: () => new Date(at) };
    expect(await getPerson(deps, adaId)).toMatchObject({
      emails: [
        { value: 'ada@work.example', label: 'work' },
        { value: 'ada@home.example', label: null },
      ],
      phones: [
        { value: '+1 415 555 0142', label: 'mobile' },
        { value: '(415) 555-0199', label: null },
        { value: 'n/a', label: null },
      ],
      links: [
        { url: 'https://www.linkedin.com/in/ada-okafor', label: 'linkedin' },
        { url: 'https://example.com/ada', label: 'site' },
      ],
      tags: ['Supply Chain', 'mentor'],
      topics: ['robotics', 'Café culture'],
      offers: ['introductions', 'code reviews'],
      needs: ['a designer'],
    });
    expect(await getPerson(deps, boId)).toMatchObject({
      emails: [],
      phones: [],
      links: [],
      tags: [],
      topics: [],
      offers: [],
      needs: [],
    });

    const { people } = deps.repos;
    expect(await people.findByValue('email', 'ada@work.example')).toEqual([adaId]);
    expect((await people.findByValue('email', 'ada@home.example')).sort()).toEqual([adaId, cyId].sort());
    expect(await people.findByValue('phone', '+14155550142')).toEqual([adaId]);
    expect(await people.findByValue('phone', '+14155550199')).toEqual([adaId]);
    expect(await people.findByValue('link', 'linkedin.com/in/ada-okafor')).toEqual([adaId]);
    // Only LinkedIn profiles are identity keys: the website keeps no key row.
    expect(await people.findByValue('link', 'example.com/ada')).toEqual([]);
    expect(await people.findByValue('phone', '')).toEqual([]);

    const names = async (filter: object) => (await listPeople(deps, filter)).items.map((p) => p.displayName);
    expect(await names({ tag: 'supply chain' })).toEqual(['Ada Okafor']);
    expect(await names({ tag: 'Mentor' })).toEqual(['Ada Okafor']);
    expect(await names({ tag: 'supply' })).toEqual(['Cy Other']);
    expect(await names({ topic: 'cafe culture' })).toEqual(['Ada Okafor']);
    expect(await names({ topic: 'robotics' })).toEqual(['Ada Okafor']);

    // The carried-over keys are the ones later writes rewrite and delete.
    await updateSettings(deps, { phoneRegion: 'GB' });
    expect(await people.findByValue('phone', '+14155550142')).toEqual([adaId]);
    await updatePerson(deps, adaId, { emails: [], tags: ['mentor'] });
    expect(await people.findByValue('email', 'ada@work.example')).toEqual([]);
    expect(await people.findByValue('email', 'ada@home.example')).toEqual([cyId]);
    expect(await names({ tag: 'supply chain' })).toEqual([]);
    await deletePerson(deps, adaId);
    expect(await people.findByValue('phone', '+14155550142')).toEqual([]);
    expect(await people.findByValue('link', 'linkedin.com/in/ada-okafor')).toEqual([]);
    expect(await people.findByValue('link', 'example.com/ada')).toEqual([]);
  });
});
