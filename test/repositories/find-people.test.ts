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

  it('searches with q, ranked, archived people only when asked', async () => {
    const found = await findPeople(deps, { q: 'ada' });
    expect(names(found)).toEqual(['Ada Okafor', 'Adam Stone']);
    expect(found.nextCursor).toBeNull();
    expect(names(await findPeople(deps, { q: 'ada', archived: 'include' }))).toContain('Ada Archived');
    expect(names(await findPeople(deps, { q: 'ada', archived: 'only' }))).toEqual(['Ada Archived']);
    expect(names(await findPeople(deps, { q: 'ada', tier: 'close' }))).toEqual(['Adam Stone']);
    expect(names(await findPeople(deps, { q: 'ada', limit: 1000 }))).toHaveLength(2);
  });

  it('pages through a search: 20 a page unless asked, the pages together the one ranked answer', async () => {
    for (let i = 0; i < 45; i++) await createPerson(deps, { displayName: `Zelda Moreno ${i}`, tier: 'regular' });
    const whole = await findPeople(deps, { q: 'zelda', limit: 200 });
    expect(whole.items).toHaveLength(45);
    expect(whole.nextCursor).toBeNull();

    const first = await findPeople(deps, { q: 'zelda' });
    expect(first.items).toHaveLength(20);
    const pages = [first];
    for (let page = first; page.nextCursor; ) {
      page = await findPeople(deps, { q: 'zelda', cursor: page.nextCursor });
      pages.push(page);
    }
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap(names)).toEqual(names(whole));

    // A page of exactly what is left has no next one; a filter pages what fits it.
    expect(
      (await findPeople(deps, { q: 'zelda', limit: 15, cursor: pages[1]?.nextCursor ?? '' })).nextCursor,
    ).toBeNull();
    const regular = await findPeople(deps, { q: 'zelda', tier: 'regular', limit: 30 });
    expect(names(await findPeople(deps, { q: 'zelda', tier: 'regular', cursor: regular.nextCursor ?? '' }))).toEqual(
      names(whole).slice(30),
    );
  });

  it("refuses a cursor that is not this search's or this list's next page", async () => {
    const search = await findPeople(deps, { q: 'ada', limit: 1 });
    expect(search.nextCursor).not.toBeNull();
    const list = await findPeople(deps, { limit: 1 });
    await expect(findPeople(deps, { q: 'ben', cursor: search.nextCursor ?? '' })).rejects.toThrow(
      /^cursor: is not the next page of this search/,
    );
    await expect(findPeople(deps, { q: 'ada', cursor: list.nextCursor ?? '' })).rejects.toThrow(/^cursor:/);
    await expect(findPeople(deps, { cursor: search.nextCursor ?? '' })).rejects.toThrow(
      /^cursor: is the next page of a search/,
    );
    await expect(findPeople(deps, { q: 'ada', cursor: 'not-a-cursor' })).rejects.toThrow(/^cursor:/);
  });

  it('refuses a bad filter naming it', async () => {
    await expect(findPeople(deps, { limit: 0 })).rejects.toThrow(/limit/);
    await expect(findPeople(deps, { q: 'x'.repeat(201) })).rejects.toThrow(/^q: must be at most 200 characters/);
  });
});
