import { buildItemProfile, type ItemProfile, type MatchableItem } from './match-item.js';
import { isMeaningful, tokenize } from './terms.js';
import { allConcepts } from './vocabulary.js';

/**
 * One question to the people's word index: people whose profile text has every word,
 * each at the start of a word when `prefix` (a stem: "planner" finds "planners"), else
 * as a whole word (two letters: "ai" must not find "aid").
 */
export type IndexWord = { text: string; prefix: boolean };
export type IndexQuery = { key: string; words: IndexWord[]; weight: number };

/**
 * Where the index finds a person: their id on PostgreSQL, their row in the word index
 * on SQLite (read back with `PeopleRepo.getByIndexKeys`; joining each match to its
 * person cost more than the search itself).
 */
export type IndexKey = string | number;
/** What the index answered for one query: the matching keys, at most the cap, and whether that was all of them. */
export type IndexAnswer = { keys: readonly IndexKey[]; complete: boolean };

/** How much a concept's other names, and a related concept's names, count against the item's own words. */
const SYNONYM_WEIGHT = 0.8;
const RELATED_WEIGHT = 0.35;
/** At most this many questions to the index per item, the strongest first. */
const MAX_QUERIES = 400;
/** Matches read per question; a question with more is too common to tell people apart on its own. */
export const PER_QUERY = 300;
/** Questions asked at a time, strongest first, until this many matches have been read. */
export const QUERY_BATCH = 8;
export const READ_BUDGET = 2_000;
/** People handed to the ranking: every match of a small network, a few hundred of a large one. */
export const CANDIDATES = 300;

function indexWord(stem: string): IndexWord | null {
  // The index holds words as written: a stem is a prefix of them, except where the
  // stemmer turned a final y into i ("company" → "compani"): drop the i.
  // Words as the index splits them (letters, marks, digits): "c++" is the word "c".
  const [word, ...more] = stem.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  if (!word || more.length > 0) return null;
  if (word.length <= 2) return { text: word, prefix: false };
  return { text: word.endsWith('i') && word.length > 4 ? word.slice(0, -1) : word, prefix: true };
}

function queryOf(tokens: readonly string[], weight: number): IndexQuery | null {
  const words = [...new Set(tokens.filter(isMeaningful))].flatMap((token) => indexWord(token) ?? []);
  if (words.length === 0) return null;
  words.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const key = words.map((word) => `${word.text}${word.prefix ? '*' : ''}`).join(' ');
  return { key, words, weight };
}

/**
 * The item's salient terms as index questions: its own meaningful words (title and
 * topics strongest), and the names of the concepts it speaks of (all words of a name
 * together), and of related concepts, at a discount. Strongest first.
 */
export function retrievalQueries(item: MatchableItem | ItemProfile): IndexQuery[] {
  const profile = 'matched' in item ? item : buildItemProfile(item);
  const byKey = new Map<string, IndexQuery>();
  const add = (query: IndexQuery | null) => {
    if (!query) return;
    const earlier = byKey.get(query.key);
    if (!earlier || earlier.weight < query.weight) byKey.set(query.key, query);
  };
  for (const [token, strength] of profile.tokens) add(queryOf([token], strength));
  const conceptQueries = (ids: Map<number, number>, discount: number) => {
    for (const [id, strength] of ids) {
      for (const phrase of allConcepts()[id]?.phrases ?? []) add(queryOf(tokenize(phrase), strength * discount));
    }
  };
  conceptQueries(profile.concepts, SYNONYM_WEIGHT);
  conceptQueries(profile.related, RELATED_WEIGHT);
  return [...byKey.values()]
    .sort((a, b) => b.weight - a.weight || a.words.length - b.words.length || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_QUERIES);
}

/**
 * The people worth ranking, from the index's answers (to the first questions, in
 * order): each scores the weight of the questions they matched, a rarer question
 * counting more (as BM25's idf does; a question answered only in part is at least as
 * common as the cap). The best `limit`, ties by key, so both databases choose the same
 * people from the same answers.
 */
export function pickCandidates(
  queries: readonly IndexQuery[],
  answers: readonly IndexAnswer[],
  limit = CANDIDATES,
): IndexKey[] {
  const scores = new Map<IndexKey, number>();
  answers.forEach((answer, index) => {
    const query = queries[index];
    if (!query || answer.keys.length === 0) return;
    const matches = answer.complete ? answer.keys.length : PER_QUERY * 2;
    const rarity = Math.log(1 + (PER_QUERY * 4) / matches);
    for (const key of answer.keys) scores.set(key, (scores.get(key) ?? 0) + query.weight * rarity);
  });
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}
