import { expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { listPeople } from '../../src/core/people/list-people.js';
import { setArchived, updatePerson } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

/**
 * A tag or topic filter reads candidates through the search index (people whose text
 * holds the label's words) and keeps those holding the label itself: these tests put the
 * label's words in other people's text, so a filter that trusted the index would list them.
 */
describeEachDatabase('people list by tag and topic', (kind) => {
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps } = fresh);
  });

  const names = async (filter: object) => (await listPeople(deps, filter)).items.map((p) => p.displayName);

  /** Every page of a filter, following the cursor until it is null. */
  async function allPages(filter: object): Promise<{ ids: string[]; sizes: number[] }> {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listPeople(deps, { ...filter, cursor });
      ids.push(...page.items.map((p) => p.id));
      sizes.push(page.items.length);
      if (page.nextCursor === null) return { ids, sizes };
      cursor = page.nextCursor;
      if (sizes.length > 100) throw new Error('the cursor never ends');
    }
  }

  it('lists only the people holding a tag or topic, not those whose notes, title or company hold its words', async () => {
    await createPerson(deps, { displayName: 'Ada Notes', notes: 'Works on supply chain software' });
    await createPerson(deps, { displayName: 'Bo Title', title: 'Supply Chain Director' });
    await createPerson(deps, { displayName: 'Cy Company', company: 'Supply Chain Partners' });
    await createPerson(deps, { displayName: 'Di Offer', offers: ['supply chain audits'], needs: ['machine learning'] });
    await createPerson(deps, { displayName: 'Ed Tagged', tags: ['Supply Chain'], notes: 'machine learning' });
    await createPerson(deps, { displayName: 'Fay Topic', topics: ['supply chain', 'Machine Learning'] });
    await createPerson(deps, { displayName: 'Gus Both', tags: ['machine learning', 'supply chain'] });

    expect(await names({ tag: 'supply chain' })).toEqual(['Ed Tagged', 'Gus Both']);
    expect(await names({ topic: 'supply chain' })).toEqual(['Fay Topic']);
    expect(await names({ topic: 'machine learning' })).toEqual(['Fay Topic']);
    expect(await names({ tag: 'machine learning' })).toEqual(['Gus Both']);
    expect(await names({ tag: 'supply chain', topic: 'machine learning' })).toEqual([]);
    expect(await names({ tag: 'supply chain', tier: 'inner' })).toEqual([]);
  });

  it('matches a tag ignoring case and accents, and only as the whole tag', async () => {
    await createPerson(deps, { displayName: 'Ana Cafe', tags: ['cafe'] });
    await createPerson(deps, { displayName: 'Ben Accent', tags: ['Café Owners'] });
    await createPerson(deps, { displayName: 'Cat Chain', tags: ['supply chain'] });
    await createPerson(deps, { displayName: 'Dan Words', tags: ['chain', 'supply'] });
    await createPerson(deps, { displayName: 'Eve Hyphen', tags: ['e-commerce'] });

    expect(await names({ tag: 'Café' })).toEqual(['Ana Cafe']);
    expect(await names({ tag: 'CAFE' })).toEqual(['Ana Cafe']);
    expect(await names({ tag: 'cafe owners' })).toEqual(['Ben Accent']);
    expect(await names({ tag: 'café' })).toEqual(['Ana Cafe']);
    expect(await names({ tag: 'chain' })).toEqual(['Dan Words']);
    expect(await names({ tag: 'supply chain' })).toEqual(['Cat Chain']);
    expect(await names({ tag: 'chain supply' })).toEqual([]);
    expect(await names({ tag: 'supply chain ops' })).toEqual([]);
    expect(await names({ tag: 'e-commerce' })).toEqual(['Eve Hyphen']);
    expect(await names({ tag: 'e commerce' })).toEqual([]);
  });

  it('filters by tags in scripts whose words hold vowel signs, as the index splits them', async () => {
    // \p{L} splits "हिन्दी" at its vowel signs; PostgreSQL's parser keeps it one word.
    await createPerson(deps, { displayName: 'Asha', tags: ['हिन्दी'], topics: ['தமிழ் இலக்கியம்'] });
    await createPerson(deps, { displayName: 'Boris', tags: ['Москва'], notes: 'हिन्दी தமிழ் இலக்கியம்' });
    await createPerson(deps, { displayName: 'Chen', tags: ['数据 科学', 'Ωmega'] });

    expect(await names({ tag: 'हिन्दी' })).toEqual(['Asha']);
    expect(await names({ topic: 'தமிழ் இலக்கியம்' })).toEqual(['Asha']);
    expect(await names({ topic: 'தமிழ்' })).toEqual([]);
    expect(await names({ tag: 'москва' })).toEqual(['Boris']);
    expect(await names({ tag: '数据 科学' })).toEqual(['Chen']);
    expect(await names({ tag: 'ωMEGA' })).toEqual(['Chen']);
  });

  it('filters by a tag with no words to narrow by: punctuation and symbols only', async () => {
    await createPerson(deps, { displayName: 'Ann Star', tags: ['★'] });
    await createPerson(deps, { displayName: 'Bea Plus', tags: ['++'], notes: 'rated ★★ and ++' });
    await createPerson(deps, { displayName: 'Cal Cpp', tags: ['C++'] });
    await createPerson(deps, { displayName: 'Dee Sharp', tags: ['c#'], topics: ['★'] });
    await createPerson(deps, { displayName: 'Eli Plain', tags: ['c'] });

    expect(await names({ tag: '★' })).toEqual(['Ann Star']);
    expect(await names({ topic: '★' })).toEqual(['Dee Sharp']);
    expect(await names({ tag: '++' })).toEqual(['Bea Plus']);
    expect(await names({ tag: 'c++' })).toEqual(['Cal Cpp']);
    expect(await names({ tag: 'C#' })).toEqual(['Dee Sharp']);
    expect(await names({ tag: 'c' })).toEqual(['Eli Plain']);
    expect(await names({ tag: '★★' })).toEqual([]);
  });

  it('pages through a tag held by few of the people whose text holds it, each once, in name order', async () => {
    // 450 people share a name three at a time (ties are ordered by id), all say "rare" in
    // their notes, every 7th is tagged "rare": most candidates the index gives are not.
    const created = await createPeople(
      deps,
      Array.from({ length: 450 }, (_, index) => ({
        displayName: `Member ${String(index % 150).padStart(3, '0')}`,
        notes: 'a rare find',
        tags: index % 7 === 0 ? ['rare'] : ['common'],
      })),
    );
    const tagged = new Set(created.filter((_, index) => index % 7 === 0).map((p) => p.id));
    const everyone = await listPeople(deps, { limit: 1000 });
    const expected = everyone.items.filter((p) => tagged.has(p.id)).map((p) => p.id);
    expect(expected).toHaveLength(65);

    const byTen = await allPages({ tag: 'rare', limit: 10 });
    expect(byTen.ids).toEqual(expected);
    expect(byTen.sizes).toEqual([10, 10, 10, 10, 10, 10, 5]);
    // 41 matches wanted per page: more than the first 200 candidates hold.
    expect((await allPages({ tag: 'RARE', limit: 40 })).ids).toEqual(expected);
    // 65 = 5 × 13: the last full page says there is no next one.
    const byThirteen = await allPages({ tag: 'rare', limit: 13 });
    expect(byThirteen.ids).toEqual(expected);
    expect(byThirteen.sizes).toEqual([13, 13, 13, 13, 13]);
  });

  it('finds a tag held only by the last person in name order, past several reads of candidates', async () => {
    await createPeople(
      deps,
      Array.from({ length: 450 }, (_, index) => ({
        displayName: `Member ${String(index).padStart(3, '0')}`,
        notes: 'solo traveller',
      })),
    );
    const last = await createPerson(deps, { displayName: 'Zara Last', tags: ['solo'], notes: 'solo' });
    const page = await listPeople(deps, { tag: 'solo', limit: 1 });
    expect(page.items.map((p) => p.id)).toEqual([last.id]);
    expect(page.nextCursor).toBeNull();
    expect(await names({ tag: 'traveller' })).toEqual([]);
  });

  it('stops listing a person once the tag is removed, or they are archived or deleted', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada', tags: ['mentor'], topics: ['robotics'] });
    const bo = await createPerson(deps, { displayName: 'Bo', tags: ['mentor'], topics: ['robotics'] });
    const cy = await createPerson(deps, { displayName: 'Cy', tags: ['mentor'], topics: ['robotics'] });
    const di = await createPerson(deps, { displayName: 'Di', tags: ['mentee'] });
    expect(await names({ tag: 'mentor' })).toEqual(['Ada', 'Bo', 'Cy']);

    // The removed tag stays in Ada's notes: only the tag itself counts.
    await updatePerson(deps, ada.id, { tags: ['former'], notes: 'was a mentor', topics: [] });
    await setArchived(deps, bo.id, true);
    await deletePerson(deps, cy.id);
    await updatePerson(deps, di.id, { tags: ['mentee', 'Mentor'] });
    expect(await names({ tag: 'mentor' })).toEqual(['Di']);
    expect(await names({ topic: 'robotics' })).toEqual([]);
    expect(await names({ tag: 'mentor', archived: 'only' })).toEqual(['Bo']);
    expect(await names({ topic: 'robotics', archived: 'include' })).toEqual(['Bo']);
    expect(await names({ tag: 'former' })).toEqual(['Ada']);
  });
});
