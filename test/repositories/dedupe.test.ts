import { expect, it } from 'vitest';
import type { DedupePerson } from '../../src/core/dedupe/find-duplicates.js';
import { listDuplicates } from '../../src/core/dedupe/list-duplicates.js';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import type { Deps } from '../../src/core/repos.js';
import { SQLITE_CACHE_KIB } from '../../src/db/connect.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

describeEachDatabase('dedupe and merge', (kind) => {
  let database: TestDatabase;
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  it('lists likely duplicates with evidence, and merges them losing nothing', async () => {
    const robert = await createPerson(deps, {
      displayName: 'Robert Okafor',
      company: 'Northwind',
      title: 'Director',
      emails: [{ value: 'robert@northwind.example', label: 'work' }],
      tags: ['conference'],
      topics: ['logistics'],
      notes: 'Met in Rotterdam.',
    });
    const bob = await createPerson(deps, {
      displayName: 'Bob Okafor',
      company: 'Northwind',
      location: 'Lagos',
      birthday: '--05-20',
      emails: [{ value: 'bob@home.example', label: 'home' }],
      phones: [{ value: '+234 803 123 4567', label: 'cell' }],
      links: [{ url: 'https://www.linkedin.com/in/bob', label: 'linkedin' }],
      tags: ['Conference', 'mentor'],
      offers: ['warehouse tours'],
      needs: ['planners'],
      notes: 'Wants planners.',
    });
    const introduced = await createPerson(deps, { displayName: 'Amara Nwosu', introducedById: bob.id });
    await createPerson(deps, { displayName: 'Someone Else', company: 'Elsewhere' });

    const pairs = await listDuplicates(deps);
    expect(pairs).toHaveLength(1);
    expect([pairs[0]?.a.id, pairs[0]?.b.id].sort()).toEqual([robert.id, bob.id].sort());
    expect(pairs[0]?.evidence).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(robert and bob|bob and robert) are the same name/),
        'same company (Northwind)',
      ]),
    );

    const merged = await mergePeople(deps, { keepId: robert.id, otherId: bob.id });
    expect(merged).toMatchObject({
      id: robert.id,
      displayName: 'Robert Okafor',
      title: 'Director',
      location: 'Lagos',
      birthday: '--05-20',
      emails: [
        { value: 'robert@northwind.example', label: 'work' },
        { value: 'bob@home.example', label: 'home' },
      ],
      phones: [{ value: '+234 803 123 4567', label: 'cell' }],
      links: [{ url: 'https://www.linkedin.com/in/bob', label: 'linkedin' }],
      tags: ['conference', 'mentor'],
      topics: ['logistics'],
      offers: ['warehouse tours'],
      needs: ['planners'],
      notes: 'Met in Rotterdam.\n\nWants planners.',
    });
    expect(await getPerson(deps, robert.id)).toEqual(merged);
    await expect(getPerson(deps, bob.id)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    expect((await getPerson(deps, introduced.id)).introducedById).toBe(robert.id);
    expect(await listDuplicates(deps)).toEqual([]);
  });

  it('refuses a merge with an unknown id or with oneself, and changes nothing', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    await expect(mergePeople(deps, { keepId: ada.id, otherId: 'nope' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(mergePeople(deps, { keepId: ada.id, otherId: ada.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await getPerson(deps, ada.id)).toEqual(ada);
  });

  it('cannot see or merge another owner’s people', async () => {
    const other = await createOwner(database.repos);
    const theirs = await createPerson(other, { displayName: 'Robert Okafor' });
    const mine = await createPerson(deps, { displayName: 'Bob Okafor' });
    expect(await listDuplicates(deps)).toEqual([]);
    await expect(mergePeople(deps, { keepId: mine.id, otherId: theirs.id })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    expect(await getPerson(other, theirs.id)).toEqual(theirs);
  });

  it('reads every person once, a page at a time in name order, and finds pairs across pages', async () => {
    // More than two pages (a page is 500 people); Bob sorts before them and Robert after.
    const members = Array.from({ length: 1201 }, (_, i) => ({ displayName: `Member ${String(i).padStart(4, '0')}` }));
    await createPeople(deps, [
      { displayName: 'Bob Okafor', company: 'Northwind', phones: [{ value: '(415) 555-0100' }] },
      ...members,
      { displayName: 'Robert Okafor', company: 'Northwind' },
    ]);
    const pages: DedupePerson[][] = [];
    for await (const page of deps.repos.merge.dedupeCandidates()) pages.push(page);
    const names = pages.flat().map((person) => person.displayName);
    expect(pages.length).toBeGreaterThan(2);
    expect(names).toEqual(['Bob Okafor', ...members.map((member) => member.displayName), 'Robert Okafor']);
    expect(new Set(pages.flat().map((person) => person.id)).size).toBe(1203);
    // Phones come with the keys the people repository stored, so dedupe need not read them again.
    expect(pages[0]?.[0]?.phoneKeys).toEqual(['+14155550100']);
    expect(pages[1]?.[0]?.phoneKeys).toEqual([]);
    const pairs = await listDuplicates(deps);
    expect(pairs.map((pair) => [pair.a.displayName, pair.b.displayName])).toEqual([['Bob Okafor', 'Robert Okafor']]);
    // On SQLite the read runs with a small page cache and gives it back its size, also when stopped early.
    const sqlite = database.connection.sqlite;
    if (sqlite) {
      expect(sqlite.pragma('cache_size', { simple: true })).toBe(-SQLITE_CACHE_KIB);
      for await (const _page of deps.repos.merge.dedupeCandidates()) {
        expect(sqlite.pragma('cache_size', { simple: true })).toBe(-2000);
        break;
      }
      expect(sqlite.pragma('cache_size', { simple: true })).toBe(-SQLITE_CACHE_KIB);
    }
  });
});
