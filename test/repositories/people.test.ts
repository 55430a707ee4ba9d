import { expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import { listPeople, searchPeople } from '../../src/core/people/list-people.js';
import { resolvePerson } from '../../src/core/people/resolve-person.js';
import { setArchived, updatePerson } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

describeEachDatabase('people repository', (kind) => {
  let database: TestDatabase;
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  const names = async (query: string) => (await searchPeople(deps, { query })).map((p) => p.displayName);

  it('creates, reads back every field and child value, and lists', async () => {
    const created = await createPerson(deps, {
      displayName: 'Ada Okafor',
      nickname: 'Dee',
      title: 'Supply Chain Director',
      company: 'Northwind Logistics',
      industry: 'Logistics',
      location: 'Lagos',
      birthday: '--11-03',
      tier: 'close',
      cadenceDays: 45,
      howMet: 'Logistics World 2024',
      metOn: '2024-03-15',
      notes: 'Hiring *demand planners*.',
      emails: [{ value: 'Ada@Example.com', label: 'work' }],
      phones: [{ value: '+44 20 7946 0000', label: 'mobile' }],
      links: [{ url: 'https://www.linkedin.com/in/adaokafor', label: 'linkedin' }],
      tags: ['logistics', 'Logistics', 'speaker'],
      topics: ['demand planning', 'warehouse automation'],
      offers: ['introductions to logistics leaders'],
      needs: ['senior demand planners'],
    });
    expect(created.givenName).toBe('Ada');
    expect(created.familyName).toBe('Okafor');
    expect(created.tags).toEqual(['logistics', 'speaker']);
    const read = await getPerson(deps, created.id);
    expect(read).toEqual(created);
    expect(read.emails).toEqual([{ value: 'ada@example.com', label: 'work' }]);
    const page = await listPeople(deps, {});
    expect(page.items.map((p) => p.id)).toEqual([created.id]);
  });

  it('filters by tier, tag, topic, company and archived, and pages with a cursor', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada', tier: 'inner', tags: ['a'], company: 'Acme' });
    const bo = await createPerson(deps, { displayName: 'Bo', tier: 'close', topics: ['Rust'], company: 'ACME' });
    const cy = await createPerson(deps, { displayName: 'Cy', tier: 'close' });
    await setArchived(deps, cy.id, true);
    const ids = async (filter: object) => (await listPeople(deps, filter)).items.map((p) => p.id);
    expect(await ids({ tier: 'close' })).toEqual([bo.id]);
    expect(await ids({ tag: 'A' })).toEqual([ada.id]);
    expect(await ids({ topic: 'rust' })).toEqual([bo.id]);
    expect(await ids({ company: 'acme' })).toEqual([ada.id, bo.id]);
    // By a part of the name, as a search's filter (`matchesFilter`); no character is a pattern.
    const di = await createPerson(deps, { displayName: 'Di', company: 'Acme Robotics 100%_x' });
    expect(await ids({ company: 'CME' })).toEqual([ada.id, bo.id, di.id]);
    expect(await ids({ company: 'robotics' })).toEqual([di.id]);
    expect(await ids({ company: '0%_' })).toEqual([di.id]);
    expect(await ids({ company: '%' })).toEqual([di.id]);
    expect(await ids({ company: 'acme robotics 100%_xy' })).toEqual([]);
    await deletePerson(deps, di.id);
    // A name typed as it is stored is found, letters SQLite cannot lowercase included.
    const ed = await createPerson(deps, { displayName: 'Ed', company: 'Ärzte ohne Grenzen' });
    expect(await ids({ company: 'Ärzte' })).toEqual([ed.id]);
    expect(await ids({ company: 'OHNE' })).toEqual([ed.id]);
    await deletePerson(deps, ed.id);
    expect(await ids({ archived: 'only' })).toEqual([cy.id]);
    expect(await ids({ archived: 'include' })).toEqual([ada.id, bo.id, cy.id]);
    const first = await listPeople(deps, { limit: 2, archived: 'include' });
    expect(first.items.map((p) => p.id)).toEqual([ada.id, bo.id]);
    const second = await listPeople(deps, { limit: 2, archived: 'include', cursor: first.nextCursor });
    expect(second.items.map((p) => p.id)).toEqual([cy.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('searches by name prefix and substring, company, accents, emails, tags, topics and notes', async () => {
    await createPerson(deps, { displayName: 'Adaeze Nwosu', company: 'Lagos Freight' });
    await createPerson(deps, { displayName: 'Tom Baker', company: 'Starbucks' });
    await createPerson(deps, { displayName: 'José Álvarez', title: 'Data Engineer' });
    await createPerson(deps, { displayName: 'Mia Chen', emails: [{ value: 'mia@quantum.io', label: null }] });
    await createPerson(deps, { displayName: 'Lee Park', tags: ['volunteer'], topics: ['kubernetes'] });
    await createPerson(deps, { displayName: 'Kim Roe', notes: 'Loves sourdough and cycling' });
    expect(await names('ada')).toEqual(['Adaeze Nwosu']);
    expect(await names('daez')).toEqual(['Adaeze Nwosu']);
    expect(await names('buck')).toEqual(['Tom Baker']);
    expect(await names('jose')).toEqual(['José Álvarez']);
    expect(await names('ALVAREZ')).toEqual(['José Álvarez']);
    expect(await names('quantum')).toEqual(['Mia Chen']);
    expect(await names('volunteer')).toEqual(['Lee Park']);
    expect(await names('kubernetes')).toEqual(['Lee Park']);
    expect(await names('sourdough')).toEqual(['Kim Roe']);
    expect(await names('jose engineer')).toEqual(['José Álvarez']);
    expect(await names('mi')).toEqual(['Mia Chen']);
    expect(await names('nobody')).toEqual([]);
  });

  it('searches words with vowel signs (Indic scripts) whole, in names, companies, tags and notes', async () => {
    await createPerson(deps, { displayName: 'अनीता शर्मा', company: 'दिल्ली मेट्रो' });
    await createPerson(deps, { displayName: 'Priya Raman', tags: ['தமிழ்'], notes: 'Teaches हिन्दी on weekends' });
    await createPerson(deps, { displayName: 'Ravi Nair', notes: 'हम साथ हैं' });
    expect(await names('अनीता')).toEqual(['अनीता शर्मा']);
    expect(await names('मेट्रो')).toEqual(['अनीता शर्मा']);
    expect(await names('हिन्दी')).toEqual(['Priya Raman']);
    expect(await names('हिन')).toEqual(['Priya Raman']);
    expect(await names('தமிழ்')).toEqual(['Priya Raman']);
    // "हिन्दी" split at its vowel signs would be "ह", "नद": "ह" starts a word of Ravi's notes too.
    expect(await names('ही')).toEqual([]);
  });

  it('ranks name matches before matches elsewhere', async () => {
    await createPerson(deps, { displayName: 'Zed Quinn', notes: 'Met through Morgan' });
    await createPerson(deps, { displayName: 'Morgan Lee' });
    await createPerson(deps, { displayName: 'Abe Stone', company: 'Morgan Stanley' });
    const found = await names('morgan');
    expect(found[0]).toBe('Morgan Lee');
    expect(found.slice(1).sort()).toEqual(['Abe Stone', 'Zed Quinn']);
  });

  it('finds a name with a short part after a hyphen or apostrophe by that name, as typed', async () => {
    await createPerson(deps, { displayName: "Julio Wisozk-O'Reilly" });
    await createPerson(deps, { displayName: 'Adrienne Heathcote', company: 'Wisozk', location: "O'Reillyworth" });
    await createPerson(deps, { displayName: 'Mary-Jo Smith' });
    await createPerson(deps, { displayName: 'Mary Jones' });
    // "o" and "jo" start no word of these names (a name's words are split at spaces): they were not found at all.
    expect((await names("Wisozk-O'Reilly"))[0]).toBe("Julio Wisozk-O'Reilly");
    expect((await names('wisozk-o'))[0]).toBe("Julio Wisozk-O'Reilly");
    expect(await names('mary-jo')).toContain('Mary-Jo Smith');
    expect(await names("O'Reilly")).toContain("Julio Wisozk-O'Reilly");
  });

  it('ranks a word start in the name, then the name anywhere, then elsewhere, each by name, up to the limit', async () => {
    await createPerson(deps, { displayName: 'Zoe Marsh' });
    await createPerson(deps, { displayName: 'Omar Diaz' });
    await createPerson(deps, { displayName: 'Mark Lee' });
    await createPerson(deps, { displayName: 'Ann Bell', company: 'Primark' });
    await createPerson(deps, { displayName: 'Bo Kim', notes: 'ran the marathon' });
    await createPerson(deps, { displayName: 'Cy Tamar', notes: 'marathon too' });
    expect(await names('mar')).toEqual(['Mark Lee', 'Zoe Marsh', 'Cy Tamar', 'Omar Diaz', 'Ann Bell', 'Bo Kim']);
    const limited = await searchPeople(deps, { query: 'mar', limit: 3 });
    expect(limited.map((p) => p.displayName)).toEqual(['Mark Lee', 'Zoe Marsh', 'Cy Tamar']);
    // Filters narrow the ranked matches, keeping their order.
    await updatePerson(deps, (await resolvePerson(deps, 'Omar Diaz')).id, { tier: 'inner', tags: ['Mentor'] });
    await updatePerson(deps, (await resolvePerson(deps, 'Bo Kim')).id, { tier: 'inner', topics: ['running'] });
    const filtered = async (filter: object) =>
      (await searchPeople(deps, { query: 'mar', ...filter })).map((p) => p.displayName);
    expect(await filtered({ tier: 'inner' })).toEqual(['Omar Diaz', 'Bo Kim']);
    expect(await filtered({ tier: 'inner', tag: 'mentor' })).toEqual(['Omar Diaz']);
    expect(await filtered({ topic: 'Running' })).toEqual(['Bo Kim']);
    expect(await filtered({ company: 'prim' })).toEqual(['Ann Bell']);
    expect(await filtered({ tier: 'close' })).toEqual([]);
    // A term under three characters is in a name only where a word starts (ADR 0040): word
    // starts first, then elsewhere (a company word suffix, a word of the notes) by name.
    expect(await names('ma')).toEqual(['Mark Lee', 'Zoe Marsh', 'Ann Bell', 'Bo Kim', 'Cy Tamar']);
  });

  it('gives the same ranking when a term matches more people than are sorted at once', async () => {
    // Over a thousand matches are read by walking names in order instead of sorting them.
    const many = Array.from({ length: 1100 }, (_, index) => ({
      displayName: `Person ${String(index).padStart(4, '0')}`,
      topics: ['forecasting'],
    }));
    await createPeople(deps, [
      ...many,
      { displayName: 'Forecasting Fan' },
      { displayName: 'Aaron Early', topics: ['forecasting'] },
    ]);
    const found = await names('forecasting');
    expect(found).toEqual(['Forecasting Fan', 'Aaron Early', ...many.slice(0, 18).map((p) => p.displayName)]);
    expect(await names('forecasting 0007')).toEqual(['Person 0007']);
  });

  it('keeps the index correct after update, archive and delete', async () => {
    const person = await createPerson(deps, { displayName: 'Grace Mensah', company: 'Oldco' });
    await updatePerson(deps, person.id, { company: 'Newco', topics: ['robotics'] });
    expect(await names('oldco')).toEqual([]);
    expect(await names('newco')).toEqual(['Grace Mensah']);
    expect(await names('robotics')).toEqual(['Grace Mensah']);
    await setArchived(deps, person.id, true);
    expect(await names('grace')).toEqual([]);
    expect((await searchPeople(deps, { query: 'grace', archived: 'include' })).length).toBe(1);
    await setArchived(deps, person.id, false);
    expect(await names('grace')).toEqual(['Grace Mensah']);
    await deletePerson(deps, person.id);
    expect(await names('grace')).toEqual([]);
    await expect(getPerson(deps, person.id)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('updates only the given fields', async () => {
    const person = await createPerson(deps, { displayName: 'Hannah Schmidt', title: 'Buyer', tags: ['procurement'] });
    const updated = await updatePerson(deps, person.id, { title: 'Head of Procurement' });
    expect(updated.title).toBe('Head of Procurement');
    expect(updated.tags).toEqual(['procurement']);
    const cleared = await updatePerson(deps, person.id, { title: '' });
    expect(cleared.title).toBeNull();
  });

  it('clears introduced-by when the introducer is deleted', async () => {
    const introducer = await createPerson(deps, { displayName: 'Sofia Rossi' });
    const person = await createPerson(deps, { displayName: 'Luca Bianchi', introducedById: introducer.id });
    await deletePerson(deps, introducer.id);
    expect((await getPerson(deps, person.id)).introducedById).toBeNull();
  });

  it('resolves a person by id or unique name, and lists the candidates when a name is shared', async () => {
    const first = await createPerson(deps, { displayName: 'Oliver Smith', company: 'Acme' });
    await createPerson(deps, { displayName: 'Oliver Smith', company: 'Globex' });
    const jose = await createPerson(deps, { displayName: 'José Álvarez' });
    expect((await resolvePerson(deps, first.id)).id).toBe(first.id);
    expect((await resolvePerson(deps, 'jose alvarez')).id).toBe(jose.id);
    await expect(resolvePerson(deps, 'oliver smith')).rejects.toMatchObject({ code: 'AMBIGUOUS_NAME' });
    await expect(resolvePerson(deps, 'oliver')).rejects.toMatchObject({ code: 'AMBIGUOUS_NAME' });
    expect((await resolvePerson(deps, 'jose')).id).toBe(jose.id);
    await expect(resolvePerson(deps, 'nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      deps.repos.transaction(async (repos) => {
        await createPerson({ ...deps, repos }, { displayName: 'Temporary' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await listPeople(deps, {})).items).toEqual([]);
    expect(await names('temporary')).toEqual([]);
  });

  it('never shows one owner another owner’s people', async () => {
    const other = await createOwner(database.repos, { email: 'other@example.test' });
    const mine = await createPerson(deps, { displayName: 'Private Person', tags: ['secret'] });
    expect(await other.repos.people.get(mine.id)).toBeUndefined();
    expect((await listPeople(other, {})).items).toEqual([]);
    expect(await searchPeople(other, { query: 'private' })).toEqual([]);
    expect(await other.repos.people.remove(mine.id)).toBe(false);
    expect((await getPerson(deps, mine.id)).displayName).toBe('Private Person');
  });
});
