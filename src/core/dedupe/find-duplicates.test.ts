import { describe, expect, it } from 'vitest';
import { buildLabelledSet, pairKey } from '../../../test/support/near-duplicates.js';
import { type DedupePerson, findDuplicates } from './find-duplicates.js';
import { isNickname, nicknameTableSize } from './nicknames.js';
import { jaroWinkler, soundex } from './similarity.js';

const person = (id: string, displayName: string, rest: Partial<DedupePerson> = {}): DedupePerson => ({
  id,
  displayName,
  givenName: null,
  familyName: null,
  company: null,
  location: null,
  emails: [],
  phones: [],
  ...rest,
});

describe('dedupe scoring', () => {
  it('measures name similarity with Jaro-Winkler and blocks sounds with Soundex', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(soundex('Robert')).toBe('R163');
    expect(soundex('Rupert')).toBe('R163');
    expect(soundex('Ashcraft')).toBe('A261');
    expect(soundex('Tymczak')).toBe('T522');
  });

  it('knows hundreds of nicknames from the cited table', () => {
    expect(nicknameTableSize()).toBeGreaterThan(1000);
    for (const [a, b] of [
      ['Bob', 'Robert'],
      ['Liz', 'Elizabeth'],
      ['Peggy', 'Margaret'],
      ['Bill', 'William'],
      ['Ken', 'Kenneth'],
    ]) {
      expect(isNickname(a as string, b as string)).toBe(true);
    }
    expect(isNickname('Bob', 'Margaret')).toBe(false);
  });

  it('finds a nickname, a typo, a reordered name and a shared email, with evidence', () => {
    const pairs = findDuplicates([
      person('1', 'Robert Smith', { company: 'Acme' }),
      person('2', 'Bob Smith', { company: 'Acme' }),
      person('3', 'Elizabeth Okafor'),
      person('4', 'Elizabteh Okafor'),
      person('5', 'Wiśniewski Tomasz', { givenName: null }),
      person('6', 'Tomasz Wisniewski'),
      person('7', 'Mei Chen', { emails: [{ value: 'mei@chen.example', label: null }] }),
      person('8', 'M. Chen', { emails: [{ value: 'MEI@chen.example', label: 'work' }] }),
      person('9', 'Oliver Smith', { company: 'Fourth Coffee' }),
      person('10', 'Oliver Smith', { company: "Margie's Travel" }),
    ]);
    const found = new Map(pairs.map((pair) => [pairKey(pair.aId, pair.bId), pair]));
    expect(found.get(pairKey('1', '2'))?.evidence).toContain(
      'Robert and Bob are the same name (nickname)'.replace('Robert', 'robert').replace('Bob', 'bob'),
    );
    expect(found.has(pairKey('3', '4'))).toBe(true);
    expect(found.has(pairKey('5', '6'))).toBe(true);
    expect(found.get(pairKey('7', '8'))?.evidence).toContain('same email (mei@chen.example)');
    expect(found.has(pairKey('9', '10'))).toBe(false);
  });

  it('reaches precision ≥ 0.95 at recall ≥ 0.9 on the labelled set of near-duplicates', () => {
    const { people, duplicates } = buildLabelledSet({ people: 4000, seed: 42 });
    const pairs = findDuplicates(people);
    const found = new Set(pairs.map((pair) => pairKey(pair.aId, pair.bId)));
    const truePositives = [...found].filter((key) => duplicates.has(key)).length;
    const precision = truePositives / found.size;
    const recall = truePositives / duplicates.size;
    expect(duplicates.size).toBeGreaterThan(800);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
