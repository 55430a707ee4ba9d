import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLabelledSet, halves, pairKey, precisionRecall } from '../../../test/support/near-duplicates.js';
import { valueKey } from '../people/value-keys.js';
import { type DedupePerson, findDuplicates } from './find-duplicates.js';
import { isNickname, nicknameTableSize } from './nicknames.js';
import { jaroWinkler, jaroWinklerAtLeast, soundex } from './similarity.js';

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

/** Textbook Jaro-Winkler with arrays of flags, to hold the bitmask version to. */
function referenceJaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched: boolean[] = [];
  const bMatched: boolean[] = [];
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(i + window + 1, b.length); j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  const aChars = [...a].filter((_, i) => aMatched[i]);
  const bChars = [...b].filter((_, j) => bMatched[j]);
  const transpositions = aChars.filter((char, k) => char !== bChars[k]).length;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** `text` with one letter changed (0), dropped (1), added (2) or swapped with the next (3) at `at`. */
function edit(text: string, at: number, kind: number, letter: string): string {
  const i = at % (text.length + 1);
  if (kind === 0) return text.slice(0, i) + letter + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 2) return text.slice(0, i) + letter + text.slice(i);
  return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
}

describe('dedupe scoring', () => {
  it('computes Jaro-Winkler like the textbook algorithm, for short and long strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', ' '), maxLength: 45 });
    fc.assert(
      fc.property(word, word, (a, b) => Math.abs(jaroWinkler(a, b) - referenceJaroWinkler(a, b)) < 1e-12),
      { numRuns: 2000 },
    );
    expect(jaroWinkler('a'.repeat(40), `${'a'.repeat(38)}bb`)).toBeCloseTo(
      referenceJaroWinkler('a'.repeat(40), `${'a'.repeat(38)}bb`),
      12,
    );
  });

  it('stops Jaro-Winkler early only for pairs that score below the floor', () => {
    // Names and their near misses (a letter changed, dropped, added or swapped), so that
    // many pairs score close to the floors dedupe uses.
    const letters = fc.constantFrom('a', 'e', 'n', 'r', 's', 't', ' ');
    const name = fc.string({ unit: letters, minLength: 1, maxLength: 40 });
    const nearMiss = fc
      .tuple(name, fc.array(fc.tuple(fc.nat(), fc.nat(3), letters), { maxLength: 3 }))
      .map(([word, edits]) => [word, edits.reduce((text, [at, kind, letter]) => edit(text, at, kind, letter), word)]);
    const floor = fc.oneof(fc.constantFrom(0.8, 0.92, 0.6, 1), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.oneof(nearMiss, fc.tuple(name, name)), floor, ([a, b], min) => {
        const score = jaroWinkler(a as string, b as string);
        expect(jaroWinklerAtLeast(a as string, b as string, min)).toBe(score >= min ? score : 0);
      }),
      { numRuns: 5000 },
    );
  });

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

  it('reaches precision ≥ 0.95 at recall ≥ 0.9 on the held-out half of the labelled set of near-duplicates', () => {
    const [, heldOut] = halves(buildLabelledSet({ people: 4000, seed: 42 }));
    const { precision, recall, truePairs } = precisionRecall(heldOut, findDuplicates(heldOut.people));
    expect(truePairs).toBeGreaterThan(400);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('compares names part by part: colleagues with one given name and different family names are not a pair', () => {
    const person = (id: string, displayName: string, company: string | null = 'Contoso') => ({
      id,
      displayName,
      givenName: null,
      familyName: null,
      company,
      location: null,
      emails: [],
      phones: [],
    });
    const people = [
      person('1', 'Christopher Wang'),
      person('2', 'Christopher Williams'),
      person('3', 'Chris Wang'),
      person('4', 'Wang Christopher', null),
    ];
    const found = new Set(findDuplicates(people).map((pair) => pairKey(pair.aId, pair.bId)));
    expect(found.has(pairKey('1', '2'))).toBe(false);
    expect(found.has(pairKey('1', '3'))).toBe(true);
    expect(found.has(pairKey('1', '4'))).toBe(true);
    // The whole-name scorer before took the colleagues for one person.
    const before = findDuplicates(people, { nameScoring: 'whole' });
    expect(before.some((pair) => pairKey(pair.aId, pair.bId) === pairKey('1', '2'))).toBe(true);
  });

  it('leaves out, before comparing names, only pairs that could not reach the threshold', () => {
    // People from a few names, companies and places, so most pairs share a block and
    // many differ only in company or location: what is ruled out before the names.
    const someone = fc.record({
      displayName: fc.constantFrom(
        'Robert Smith',
        'Bob Smith',
        'Robert Smyth',
        'Smith Robert',
        'Rob Smithe',
        'Roberta Smith',
      ),
      company: fc.constantFrom(null, 'Acme', 'Acme Inc', 'Acme Incorporated', 'Northwind'),
      location: fc.constantFrom(null, 'Lagos', 'Leeds'),
      email: fc.constantFrom(null, 'rs@example.com'),
    });
    const network = fc
      .array(someone, { minLength: 2, maxLength: 12 })
      .map((drawn) =>
        drawn.map(({ email, ...rest }, i) =>
          person(String(i), rest.displayName, { ...rest, emails: email ? [{ value: email, label: null }] : [] }),
        ),
      );
    const threshold = fc.constantFrom(0.85, 0.9, 0.92, 0.95, 1);
    fc.assert(
      fc.property(network, threshold, fc.constantFrom('parts', 'whole' as const), (people, min, nameScoring) => {
        // At 0.5 nothing is ruled out before the names: a different company and location
        // take at most 0.18 from a score of at most 1.
        const all = findDuplicates(people, { threshold: 0.5, nameScoring });
        expect(findDuplicates(people, { threshold: min, nameScoring })).toEqual(
          all.filter((pair) => pair.score >= min),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('takes phone keys the repository stored as reading the numbers would give them', () => {
    const phone = (value: string) => ({ value, label: null });
    const people = [
      person('1', 'Amara Okoye', { phones: [phone('(415) 555-0100')] }),
      person('2', 'Amara Okoye', { company: 'Acme', phones: [phone('+1 415 555 0100')] }),
      person('3', 'Ngozi Eze', { phones: [phone('+1 415 555 0142'), phone('+1 415 555 0199')] }),
      person('4', 'N. Eze', { phones: [phone('415 555 0199'), phone('415-555-0142')] }),
      person('5', 'Tunde Bello', { phones: [phone('555')] }),
      person('6', 'Tunde Bello', { phones: [phone('555')] }),
    ];
    const read = findDuplicates(people);
    // Stored keys come in any order (the key table keeps none), short ones included.
    const stored = people.map((p) => ({ ...p, phoneKeys: p.phones.map((x) => valueKey('phone', x.value)).reverse() }));
    expect(findDuplicates(stored)).toEqual(read);
    // With two numbers shared, the evidence names the first of the first person's.
    const pair = read.find((found) => found.aId === '3');
    expect(pair?.evidence).toContain('same phone (+14155550142)');
    expect(read.find((found) => found.aId === '1')?.evidence).toContain('same phone (+14155550100)');
  });
});
