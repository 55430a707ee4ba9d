import { expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import type { CreatePersonInput } from '../../src/core/people/schema.js';
import { SORT_AT_MOST, WALK_AT_MOST } from '../../src/db/repos/people-search-text.js';
import { createOwner, describeEachDatabase, openTestDatabase } from '../support/databases.js';

// Names sort by given name, so people whose given name starts "ta" all sort after every
// "Aaron": a walk in name order finds none of them among the first WALK_AT_MOST people,
// and search must read and sort the matches instead (the first page is the same as a walk
// through everyone would give).
describeEachDatabase('search when the matches sort after the first people walked', (kind) => {
  it('gives the first matches by name, whether or not the walk reaches them', async () => {
    const database = await openTestDatabase(kind);
    try {
      const deps = await createOwner(database.repos);
      const aarons: CreatePersonInput[] = Array.from({ length: WALK_AT_MOST + 10 }, (_, index) => ({
        displayName: `Aaron Baker${String(index).padStart(5, '0')}`,
      }));
      const taras: CreatePersonInput[] = Array.from({ length: SORT_AT_MOST + 50 }, (_, index) => ({
        displayName: `Tara Quill${String(SORT_AT_MOST + 50 - index).padStart(5, '0')}`,
      }));
      await createPeople(deps, [...aarons, ...taras]);
      const firstTaras = taras
        .map((input) => input.displayName)
        .sort()
        .slice(0, 20);
      const names = async (query: string) =>
        (await deps.repos.people.search({ query, limit: 20, archived: 'exclude' })).map((p) => p.displayName);
      // Two letters: the name index's set has more than SORT_AT_MOST matches, all past the walk.
      expect(await names('ta')).toEqual(firstTaras);
      // One letter: read from the name starts, already in name order.
      expect(await names('t')).toEqual(firstTaras);
      // Inside a word, not at its start: no name-start range, the trigrams' set is larger
      // than SORT_AT_MOST, and a walk of WALK_AT_MOST people reads only Aarons.
      expect(await names('uill')).toEqual(firstTaras);
      // A longer term whose four-letter range is too large to walk ("aaro": every Aaron)
      // is read from the name trigrams, with the same answer.
      const aaronNames = aarons.map((input) => input.displayName).sort();
      expect(await names('aaron')).toEqual(aaronNames.slice(0, 20));
      expect(await names('aaron baker0001')).toEqual(
        aaronNames.filter((name) => name.toLowerCase().includes('baker0001')),
      );
      // Matches within the walk are found in it, as before.
      expect(await names('aa')).toEqual(
        aarons
          .map((input) => input.displayName)
          .sort()
          .slice(0, 20),
      );
    } finally {
      await database.close();
    }
  }, 120_000);

  // On PostgreSQL the last tier looks among the first 500 people by name, then walks on to
  // where their rate of matches says its page lies (1,500 people for 10 matches in 500),
  // and reads its set when that walk falls short. Either way, the first matches by name.
  it('gives the first matches by name, whether or not the walk on from the first people finds them', async () => {
    const database = await openTestDatabase(kind);
    try {
      const deps = await createOwner(database.repos);
      // "quokka": one person in 50 all along, so a walk to 1,500 people holds the page.
      // "zebra": one in 50 among the first 500, then none until the 3,000th, so the walk to
      // 1,500 falls short and the page is read from the set.
      // "kiwi": 5 of the first 500, then every other person from the 1,500th: a set of
      // 1,005, more than other tiers sort, read and sorted.
      const people: CreatePersonInput[] = Array.from({ length: 3_500 }, (_, index) => {
        const quokka = index % 50 === 0;
        const zebra = quokka && (index < 500 || index >= 3_000);
        const kiwi = (index < 500 && index % 100 === 0) || (index >= 1_500 && index % 2 === 0);
        const words = [quokka && 'Quokka', zebra && 'Zebraworks', kiwi && 'Kiwifarm'].filter(Boolean);
        return {
          displayName: `Aaron Baker${String(index).padStart(5, '0')}`,
          company: words.length > 0 ? `${words.join(' ')} ${index}` : 'Acme',
        };
      });
      // Created last first, so their ids do not follow their names.
      await createPeople(deps, [...people].reverse());
      const firstWith = (part: string) =>
        people
          .filter((input) => (input.company ?? '').toLowerCase().includes(part))
          .map((input) => input.displayName)
          .sort()
          .slice(0, 20);
      const names = async (query: string) =>
        (await deps.repos.people.search({ query, limit: 20, archived: 'exclude' })).map((p) => p.displayName);
      expect(firstWith('quokka').at(-1)).toBe('Aaron Baker00950');
      expect(await names('quokka')).toEqual(firstWith('quokka'));
      expect(firstWith('zebra').at(-1)).toBe('Aaron Baker03450');
      expect(await names('zebra')).toEqual(firstWith('zebra'));
      expect(firstWith('kiwi').at(-1)).toBe('Aaron Baker01528');
      expect(await names('kiwi')).toEqual(firstWith('kiwi'));
    } finally {
      await database.close();
    }
  }, 120_000);
});
