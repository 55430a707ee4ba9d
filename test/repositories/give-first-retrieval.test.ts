import { afterEach, beforeEach, expect, it } from 'vitest';
import { toItem } from '../../bench/give-first/convert.js';
import { items } from '../../bench/give-first/items.js';
import { people as labelledPeople } from '../../bench/give-first/people.js';
import { createItem } from '../../src/core/items/create-item.js';
import { setItemArchived } from '../../src/core/items/update-item.js';
import { getToday } from '../../src/core/keep-in-touch/get-today.js';
import { rankPeopleForItem } from '../../src/core/matching/match-item.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Person } from '../../src/core/people/schema.js';
import { setArchived } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { shareItem } from '../../src/core/shares/share-item.js';
import { suggestRecipients } from '../../src/core/shares/suggest-recipients.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  openTestDatabase,
  type TestDatabase,
} from '../support/databases.js';

const noFetch = async () => {
  throw new Error('no fetching in this test');
};

describeEachDatabase('give first: candidates from the word index', (kind) => {
  let database: TestDatabase;
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  it('finds stems at the start of words, short words whole, and reads back only this owner’s people not archived', async () => {
    const planner = await createPerson(deps, { displayName: 'Ada Okafor', needs: ['hiring senior demand planners'] });
    const aid = await createPerson(deps, { displayName: 'Bo Lind', topics: ['first aid training'] });
    const ai = await createPerson(deps, { displayName: 'Cy Moss', topics: ['AI in radiology'] });
    const archived = await createPerson(deps, { displayName: 'Di Park', topics: ['demand planner jobs'] });
    await setArchived(deps, archived.id, true);
    const other = await createOwner(database.repos, { email: 'other@example.test' });
    await createPerson(other, { displayName: 'Eve Other', topics: ['demand planners'] });

    const answers = await deps.repos.people.findByIndexWords(
      [
        [{ text: 'planner', prefix: true }],
        [{ text: 'ai', prefix: false }],
        [
          { text: 'demand', prefix: true },
          { text: 'planner', prefix: true },
        ],
        [{ text: 'radiolog', prefix: true }],
        [{ text: 'nothing', prefix: true }],
      ],
      10,
    );
    const people = await Promise.all(
      answers.map(async (answer) => (await deps.repos.people.getByIndexKeys(answer.keys)).map((p) => p.id).sort()),
    );
    expect(people).toEqual([[planner.id], [ai.id], [planner.id], [ai.id], []]);
    expect(answers.every((answer) => answer.complete)).toBe(true);
    expect(people.flat()).not.toContain(aid.id);
  });

  it('says when a question had more matches than it read', async () => {
    await createPeople(
      deps,
      Array.from({ length: 5 }, (_, index) => ({ displayName: `Person ${index}`, topics: ['logistics'] })),
    );
    const [answer] = await deps.repos.people.findByIndexWords([[{ text: 'logist', prefix: true }]], 3);
    expect(answer?.keys).toHaveLength(3);
    expect(answer?.complete).toBe(false);
  });

  it('ranks the labelled network from the index exactly as from the whole network in memory', async () => {
    const created = await createPeople(
      deps,
      labelledPeople.map((person) => ({
        displayName: person.name,
        title: person.title,
        company: person.company,
        industry: person.industry,
        notes: person.notes,
        topics: person.topics,
        offers: person.offers,
        needs: person.needs,
      })),
    );
    const everyone: readonly Person[] = created;
    const itemDeps = { ...deps, fetchPage: noFetch };
    for (const labelled of items) {
      const source = toItem(labelled);
      const item = await createItem(itemDeps, {
        text: source.text || source.title,
        title: source.title,
        kind: source.kind,
        topics: [...source.topics],
        ...(source.company ? { company: source.company } : {}),
        ...(source.role ? { role: source.role } : {}),
        ...(source.location ? { location: source.location } : {}),
      });
      const fromIndex = await suggestRecipients(deps, { itemId: item.id, limit: 10 });
      const inMemory = rankPeopleForItem(everyone, item, { limit: 10 });
      expect(fromIndex, labelled.id).toEqual(inMemory);
    }
  });

  it('weighs ambiguous words against each person’s field both ways, meets stems, and answers nobody when nobody fits', async () => {
    const add = (displayName: string, fields: Record<string, unknown>) =>
      createPerson(deps, { displayName, ...fields });
    const tess = await add('Tess Grid', { title: 'Frontend Developer', industry: 'Software', topics: ['grid'] });
    const erik = await add('Erik Holm', { title: 'Grid Planning Engineer', industry: 'Energy', topics: ['grid'] });
    const lena = await add('Lena Ruiz', { title: 'Logistics Manager', topics: ['delivery'] });
    const mia = await add('Mia Stone', { title: 'Midwife', topics: ['delivery'] });
    const rosa = await add('Rosa Lima', { title: 'Head Chef', topics: ['continuous improvement'] });
    await add('Karl Berg', { title: 'Plant Manager', industry: 'Manufacturing', topics: ['kaizen'] });
    const bo = await add('Bo Lind', { topics: ['regression analyses'] });
    const itemDeps = { ...deps, fetchPage: noFetch };
    const suggested = async (text: string) => {
      const item = await createItem(itemDeps, { text });
      return (await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id);
    };
    expect(await suggested('CSS grid layouts for dashboards\nResponsive dashboards with CSS grid in React.')).toEqual([
      tess.id,
    ]);
    expect(await suggested('Batteries steady the grid\nBattery storage and solar on the power network.')).toEqual([
      erik.id,
    ]);
    expect(
      await suggested('Delivery routes in dense cities\nVans, parcels and warehouses: routing saves fuel.'),
    ).toEqual([lena.id]);
    expect(await suggested('Safer delivery for mothers\nMidwives in maternity wards cut interventions.')).toEqual([
      mia.id,
    ]);
    expect(await suggested('Lean kitchens\nFewer steps per plate: how restaurants redesign the kitchen line.')).toEqual(
      [rosa.id],
    );
    expect(await suggested('Regression analysis in practice\nWorked examples.')).toEqual([bo.id]);
    expect(await suggested('Beekeeping for beginners\nHives, queens and honey.')).toEqual([]);
  });

  it('leaves out archived people and those who already got the item', async () => {
    const nurse = await createPerson(deps, { displayName: 'Ines Ward', topics: ['nurse staffing'] });
    const other = await createPerson(deps, { displayName: 'Oli Grant', topics: ['nurse rostering'] });
    const gone = await createPerson(deps, { displayName: 'Una Past', topics: ['nurse staffing'] });
    await setArchived(deps, gone.id, true);
    const item = await createItem(
      { ...deps, fetchPage: noFetch },
      { text: 'Nurse staffing ratios\nWhat ward managers learned about nurse staffing and rostering.' },
    );
    expect((await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id).sort()).toEqual(
      [nurse.id, other.id].sort(),
    );
    await shareItem(deps, { itemId: item.id, personId: nurse.id });
    expect((await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id)).toEqual([other.id]);
  });
});

describeEachDatabase('give first on the daily list: you have something for X', (kind) => {
  let database: TestDatabase;
  let deps: Deps & { setNow(date: Date): void };

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    deps = await createOwner(database.repos, { now: new Date('2026-06-01T12:00:00Z') });
  });
  afterEach(async () => {
    await database.close();
  });

  const giftsOf = (today: Awaited<ReturnType<typeof getToday>>) =>
    today.entries.flatMap((entry) => (entry.gift ? [{ name: entry.name, ...entry.gift, reasons: entry.reasons }] : []));

  it('proposes one strong fit a day with the reason, the same all day, and never the same pair again', async () => {
    const ines = await createPerson(deps, {
      displayName: 'Ines Ward',
      tier: 'acquaintance',
      needs: ['ideas for nurse staffing'],
      topics: ['rostering'],
    });
    await createPerson(deps, { displayName: 'Bo Lind', tier: 'acquaintance', topics: ['pottery'] });
    const item = await createItem(
      { ...deps, fetchPage: noFetch },
      { text: 'Nurse staffing without burnout\nWard managers on nurse staffing, rostering and safe ratios.' },
    );

    const first = giftsOf(await getToday(deps));
    expect(first).toEqual([
      expect.objectContaining({ name: 'Ines Ward', itemId: item.id, itemTitle: 'Nurse staffing without burnout' }),
    ]);
    expect(first[0]?.reasons[0]).toMatch(
      /^you have something for them: "Nurse staffing without burnout" \(.*nurse staffing/,
    );
    expect(giftsOf(await getToday(deps))).toEqual(first);
    // a preview of another day proposes (the same pair may show) but records nothing
    await getToday(deps, { asOf: '2026-06-05' });
    expect(await deps.repos.shares.listGiftSuggestions()).toEqual([
      { itemId: item.id, personId: ines.id, shownOn: '2026-06-01' },
    ]);

    deps.setNow(new Date('2026-06-02T12:00:00Z'));
    expect(giftsOf(await getToday(deps))).toEqual([]);

    const oli = await createPerson(deps, { displayName: 'Oli Grant', tier: 'acquaintance', needs: ['nurse staffing'] });
    deps.setNow(new Date('2026-06-03T12:00:00Z'));
    expect(giftsOf(await getToday(deps)).map((gift) => gift.name)).toEqual(['Oli Grant']);
    await shareItem(deps, { itemId: item.id, personId: oli.id });
    expect(giftsOf(await getToday(deps))).toEqual([]);
  });

  it('proposes nothing for a weak fit or an archived item', async () => {
    await createPerson(deps, { displayName: 'Ines Ward', tier: 'acquaintance', topics: ['rostering'] });
    const weak = await createItem(
      { ...deps, fetchPage: noFetch },
      { text: 'Hospital news\nA new wing opens; rostering changes later.' },
    );
    expect(giftsOf(await getToday(deps))).toEqual([]);
    const strong = await createItem(
      { ...deps, fetchPage: noFetch },
      { text: 'Rostering that nurses like\nRostering, self-rostering and rostering software compared.' },
    );
    await setItemArchived(deps, strong.id, true);
    await setItemArchived(deps, weak.id, true);
    expect(giftsOf(await getToday(deps))).toEqual([]);
  });
});
