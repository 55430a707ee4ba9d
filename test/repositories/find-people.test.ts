import { expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { findPeople } from '../../src/core/people/find-people.js';
import { setArchived } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

describeEachDatabase('findPeople: the list of the CLI and the API', (kind) => {
  let deps: Deps;

  freshDatabaseEachTest(kind, async (fresh) => {
    ({ deps } = fresh);
    await createPerson(deps, { displayName: 'Ada Okafor', tier: 'inner', company: 'Quantum' });
    await createPerson(deps, { displayName: 'Adam Stone', tier: 'close' });
    await createPerson(deps, { displayName: 'Ben Ortiz', tier: 'inner' });
    const gone = await createPerson(deps, { displayName: 'Ada Archived', tier: 'inner' });
    await setArchived(deps, gone.id, true);
  });

  const names = (page: { items: { displayName: string }[] }) => page.items.map((person) => person.displayName);

  it('lists a page at a time without q, archived people apart', async () => {
    const first = await findPeople(deps, { limit: 2 });
    expect(names(first)).toEqual(['Ada Okafor', 'Adam Stone']);
    expect(first.nextCursor).not.toBeNull();
    expect(names(await findPeople(deps, { limit: 2, cursor: first.nextCursor ?? '' }))).toEqual(['Ben Ortiz']);
    expect(names(await findPeople(deps, { archived: 'only' }))).toEqual(['Ada Archived']);
    expect(names(await findPeople(deps, { tier: 'inner', q: '  ' }))).toEqual(['Ada Okafor', 'Ben Ortiz']);
  });

  it('searches with q, ranked, with no next page, archived people only when asked', async () => {
    const found = await findPeople(deps, { q: 'ada' });
    expect(names(found)).toEqual(['Ada Okafor', 'Adam Stone']);
    expect(found.nextCursor).toBeNull();
    expect(names(await findPeople(deps, { q: 'ada', archived: 'include' }))).toContain('Ada Archived');
    expect(names(await findPeople(deps, { q: 'ada', tier: 'close' }))).toEqual(['Adam Stone']);
    expect(names(await findPeople(deps, { q: 'ada', limit: 1000 }))).toHaveLength(2);
  });

  it('refuses a bad filter naming it', async () => {
    await expect(findPeople(deps, { limit: 0 })).rejects.toThrow(/limit/);
    await expect(findPeople(deps, { q: 'x'.repeat(201) })).rejects.toThrow(/^q: must be at most 200 characters/);
  });
});
