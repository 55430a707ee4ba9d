import { splitName } from '../people/create-person.js';
import type { Person } from '../people/schema.js';
import { valueKey } from '../people/value-keys.js';
import { DEFAULT_PHONE_REGION } from '../shared/phone-region.js';
import { foldText } from '../shared/text.js';
import { isFoldedNickname as isNickname, nicknamesOf } from './nicknames.js';
import { jaroWinkler, jaroWinklerAtLeast, nameTokens, soundex } from './similarity.js';

/** What dedupe looks at in a person. */
export type DedupePerson = Pick<
  Person,
  'id' | 'displayName' | 'givenName' | 'familyName' | 'company' | 'location' | 'emails' | 'phones'
> & {
  /**
   * The keys of the person's phones as the people repository stored them (read in the
   * owner's phone region), in any order, when the reader has them: reading every number
   * again with libphonenumber was a third of dedupe's time at 100,000 people.
   */
  phoneKeys?: readonly string[];
};

export type DuplicatePair = { aId: string; bId: string; score: number; evidence: string[] };

export type DedupeOptions = {
  /** Pairs scoring below this are not reported. */
  threshold: number;
  /** Blocks bigger than this (a very common key) are skipped rather than compared all-pairs. */
  maxBlock: number;
  /** The owner's phone region: numbers written without + are compared as numbers of this country. */
  phoneRegion: string;
  /**
   * `parts` (the default): when both names have a given and a family part, they are
   * compared part by part (in either order, with nicknames), so a different family name
   * counts against the pair. `whole`: the best of that and the whole names' likeness, the
   * scorer before (Christopher Wang and Christopher Williams came out 92% alike); kept as
   * the baseline the dedupe benchmark reports beside.
   */
  nameScoring: 'parts' | 'whole';
};

export const defaultDedupeOptions: DedupeOptions = {
  threshold: 0.92,
  maxBlock: 100,
  phoneRegion: DEFAULT_PHONE_REGION,
  nameScoring: 'parts',
};

/** What dedupe keeps of a person while it reads the others: names folded into the forms it compares. */
type Features = {
  id: string;
  /** As written, for the evidence. */
  displayName: string;
  companyAsWritten: string | null;
  locationAsWritten: string | null;
  given: string;
  family: string;
  sortedName: string;
  emails: string[];
  phones: string[];
  company: string;
  location: string;
};

function features(person: DedupePerson, region: string): Features {
  const split =
    person.givenName || person.familyName
      ? { givenName: person.givenName, familyName: person.familyName }
      : splitName(person.displayName);
  const given = nameTokens(split.givenName)[0] ?? '';
  const family = nameTokens(split.familyName).join(' ');
  return {
    id: person.id,
    displayName: person.displayName,
    companyAsWritten: person.company,
    locationAsWritten: person.location,
    given,
    family,
    sortedName: nameTokens(person.displayName).sort().join(' '),
    emails: [...new Set(person.emails.map((email) => valueKey('email', email.value)))],
    phones: phoneKeys(person, region),
    company: foldText(person.company ?? '').trim(),
    location: foldText(person.location ?? '').trim(),
  };
}

/**
 * The keys of a person's phones, each once, in the order of the phones; keys shorter than
 * 7 characters are not numbers to match on. Stored keys are used when they are one key
 * (most people have at most one phone): their order then does not matter.
 */
function phoneKeys(person: DedupePerson, region: string): string[] {
  const stored = person.phoneKeys?.filter((key) => key.length >= 7);
  if (stored && stored.length <= 1) return stored;
  const keys = person.phones.map((phone) => valueKey('phone', phone.value, region));
  return [...new Set(keys.filter((key) => key.length >= 7))];
}

/**
 * The blocks a person falls in, each given to `emit` as its key's hash; only people
 * sharing a block are compared. Besides emails, phones and the whole name, each name
 * word's Soundex code is paired with the initial of each other word (so typos, and names
 * in another order, still meet), and each word's known nicknames with the Soundex of the
 * other words (Bob Smith meets Robert Smith).
 */
function blockingKeys(f: Features, emit: (hash: number) => void): void {
  for (const key of f.emails) emit(keyHash('e', key));
  for (const key of f.phones) emit(keyHash('p', key));
  if (f.sortedName) emit(keyHash('n', f.sortedName));
  const words = f.sortedName.split(' ').filter(Boolean);
  const sounds = words.map(soundex);
  words.forEach((word, i) => {
    words.forEach((other, j) => {
      if (i === j) return;
      emit(keyHash('s', sounds[i] as string, other[0]));
      for (const name of nicknamesOf(word)) emit(keyHash('k', sounds[j] as string, name));
      emit(keyHash('k', sounds[j] as string, word));
    });
  });
}

function shared(a: readonly string[], b: readonly string[]): string | undefined {
  for (const value of a) if (b.includes(value)) return value;
  return undefined;
}

/** What a shared company (or a different one) and a shared location (or not) add to a pair's score. */
function companyDelta(a: Features, b: Features): number {
  if (!a.company || !b.company) return 0;
  return a.company === b.company || jaroWinklerAtLeast(a.company, b.company, 0.92) >= 0.92 ? 0.05 : -0.15;
}

function locationDelta(a: Features, b: Features): number {
  if (!a.location || !b.location) return 0;
  return a.location === b.location ? 0.02 : -0.03;
}

/** A score as reported: between 0 and 1, to three decimals. */
function reported(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/**
 * The score of a pair (0–1), or -1 when a cheap look rules it out: below `threshold`
 * whatever the names. Evidence, in words, is pushed only when an array is given: most
 * pairs in a block are strangers, and building their sentences would be most of the work.
 */
function compare(a: Features, b: Features, evidence: string[] | null, whole = false, threshold = 0): number {
  const email = shared(a.emails, b.emails);
  const phone = shared(a.phones, b.phones);
  // Names score at most 1: without a shared email or phone, a pair whose companies and
  // locations keep it below the threshold even so (most pairs in a block: namesakes and
  // strangers at different companies) is not compared by name at all.
  const company = companyDelta(a, b);
  const location = locationDelta(a, b);
  if (!email && !phone && reported(1 + company + location) < threshold) return -1;
  // Most pairs in a block are strangers: a cheap look at the whole name rules them out
  // before the full comparison.
  const related = isNickname(a.given, b.given) || isNickname(a.given, b.family) || isNickname(b.given, a.family);
  let sorted = -1;
  if (!email && !phone && !related) {
    if (Math.abs(a.sortedName.length - b.sortedName.length) > 3) return -1;
    sorted = jaroWinklerAtLeast(a.sortedName, b.sortedName, 0.8);
    if (sorted < 0.8) return -1;
  }

  const nickname = a.given !== b.given && isNickname(a.given, b.given);
  const given = a.given === b.given ? 1 : nickname ? 0.95 : jaroWinkler(a.given, b.given);
  const family = jaroWinkler(a.family, b.family);
  const straight = a.family || b.family ? 0.45 * given + 0.55 * family : given;
  const givenLike = (x: string, y: string) => (x === y ? 1 : isNickname(x, y) ? 0.95 : jaroWinkler(x, y));
  const swapped =
    a.family && b.family
      ? Math.max(
          0.45 * givenLike(a.given, b.family) + 0.55 * jaroWinkler(a.family, b.given),
          0.45 * givenLike(b.given, a.family) + 0.55 * jaroWinkler(b.family, a.given),
        )
      : 0;
  if (sorted < 0) sorted = jaroWinkler(a.sortedName, b.sortedName);
  // Part by part when both names have both parts; the whole names only when one lacks a part.
  const byParts = !whole && a.given && a.family && b.given && b.family;
  let score = byParts ? Math.max(straight, swapped) : Math.max(straight, swapped, sorted);
  score = score + company + location;
  if (email || phone) score = Math.max(score, 0.6) + 0.35;
  if (evidence) {
    const names = `${a.displayName} / ${b.displayName}`;
    const swappedNickname =
      a.given !== b.family && a.family !== b.given && (isNickname(a.given, b.family) || isNickname(b.given, a.family));
    const nameScore = byParts ? Math.max(straight, swapped) : Math.max(straight, swapped, sorted);
    if (a.sortedName === b.sortedName) evidence.push(`same name (${a.displayName})`);
    else if (swapped > straight && swapped >= 0.9) evidence.push(`same name in another order (${names})`);
    else evidence.push(`names ${Math.round(nameScore * 100)}% alike (${names})`);
    if (nickname) evidence.push(`${a.given} and ${b.given} are the same name (nickname)`);
    if (swappedNickname) evidence.push('one name is a nickname of the other, in another order');
    if (company > 0) evidence.push(`same company (${a.companyAsWritten})`);
    if (company < 0) evidence.push(`different companies (${a.companyAsWritten} / ${b.companyAsWritten})`);
    if (location > 0) evidence.push(`same location (${a.locationAsWritten})`);
    if (email) evidence.push(`same email (${email})`);
    if (phone) evidence.push(`same phone (${phone})`);
  }
  return reported(score);
}

/** How alike two people are (0–1), with the evidence in words. */
export function scorePair(a: Features, b: Features): { score: number; evidence: string[] } | undefined {
  const evidence: string[] = [];
  const score = compare(a, b, evidence);
  return score < 0 ? undefined : { score, evidence };
}

/** Up to 2^21 people (two million) fit beside a 31-bit key hash in a double's 52 exact bits. */
const INDEX_BITS = 2 ** 21;

const COLON = ':'.charCodeAt(0);

/**
 * FNV-1a, in 31 bits, of the blocking key `kind:first` or `kind:first:second`, read part by
 * part: building a dozen or so key strings per person only to hash them made over a
 * million short-lived strings at 100,000 people.
 */
function keyHash(kind: string, first: string, second?: string): number {
  let hash = Math.imul(0x811c9dc5 ^ kind.charCodeAt(0), 0x01000193);
  hash = Math.imul(hash ^ COLON, 0x01000193);
  for (let i = 0; i < first.length; i += 1) hash = Math.imul(hash ^ first.charCodeAt(i), 0x01000193);
  if (second !== undefined) {
    hash = Math.imul(hash ^ COLON, 0x01000193);
    for (let i = 0; i < second.length; i += 1) hash = Math.imul(hash ^ second.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 1) & 0x7fffffff;
}

/**
 * The blocks of two or more people and at most maxBlock, each as its people's indexes in
 * order. Each (key, person) is one number, key hash above person index, and one numeric
 * sort brings a block's people together: a Map of a few hundred thousand key strings and
 * their arrays took most of dedupe's memory and a fifth of its time. Two keys whose
 * hashes collide (a few in a million) share a block: a few more pairs are scored.
 */
function* blocksOf(entries: readonly number[], maxBlock: number): Generator<number[]> {
  const sorted = Float64Array.from(entries).sort();
  let start = 0;
  while (start < sorted.length) {
    const hash = Math.floor((sorted[start] as number) / INDEX_BITS);
    let end = start + 1;
    while (end < sorted.length && Math.floor((sorted[end] as number) / INDEX_BITS) === hash) end += 1;
    if (end - start >= 2) {
      const block: number[] = [];
      // The same person giving the same key twice is in the block once.
      for (let k = start; k < end; k += 1) {
        const index = (sorted[k] as number) % INDEX_BITS;
        if (block[block.length - 1] !== index) block.push(index);
      }
      if (block.length >= 2 && block.length <= maxBlock) yield block;
    }
    start = end;
  }
}

/** Takes people one at a time (as they are read), then finds the likely duplicates among them. */
export type DuplicateFinder = {
  add(person: DedupePerson): void;
  /** Likely duplicate pairs among the people added, best first. */
  pairs(): DuplicatePair[];
};

/**
 * Likely duplicates, found as in findDuplicates, among people added one at a time: only
 * what is compared is kept of each, so the people can be read a page at a time and
 * forgotten. A person's place in the order they were added decides which of a pair is `a`.
 */
export function duplicateFinder(options: Partial<DedupeOptions> = {}): DuplicateFinder {
  const { threshold, maxBlock, phoneRegion, nameScoring } = { ...defaultDedupeOptions, ...options };
  const whole = nameScoring === 'whole';
  const all: Features[] = [];
  const entries: number[] = [];
  return {
    add(person) {
      if (all.length >= INDEX_BITS - 1) throw new Error(`dedupe compares at most ${INDEX_BITS - 1} people`);
      const f = features(person, phoneRegion);
      const index = all.length;
      blockingKeys(f, (hash) => entries.push(hash * INDEX_BITS + index));
      all.push(f);
    },
    pairs() {
      // A pair sharing several blocks is scored once per block; scoring is deterministic, so
      // keeping the first result is enough, and strangers (most pairs) share only one block.
      const found = new Map<string, DuplicatePair>();
      for (const block of blocksOf(entries, maxBlock)) {
        for (let x = 0; x < block.length; x += 1) {
          for (let y = x + 1; y < block.length; y += 1) {
            const i = block[x] as number;
            const j = block[y] as number;
            const a = all[Math.min(i, j)] as Features;
            const b = all[Math.max(i, j)] as Features;
            if (compare(a, b, null, whole, threshold) < threshold) continue;
            const key = `${a.id}|${b.id}`;
            if (found.has(key)) continue;
            const evidence: string[] = [];
            found.set(key, { aId: a.id, bId: b.id, score: compare(a, b, evidence, whole), evidence });
          }
        }
      }
      const pairs = [...found.values()];
      return pairs.sort(
        (p, q) => q.score - p.score || (p.aId < q.aId ? -1 : p.aId > q.aId ? 1 : p.bId < q.bId ? -1 : 1),
      );
    },
  };
}

/**
 * Likely duplicate pairs, best first. People are grouped into blocks by email, phone
 * and name keys (exact, phonetic, nickname, reordered); only pairs within a block are
 * scored, so the work grows with the blocks, not with the square of the network.
 */
export function findDuplicates(people: Iterable<DedupePerson>, options: Partial<DedupeOptions> = {}): DuplicatePair[] {
  const finder = duplicateFinder(options);
  for (const person of people) finder.add(person);
  return finder.pairs();
}
