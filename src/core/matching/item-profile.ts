import { type Label, MAX_PHRASE } from './profile.js';
import { tokenize } from './terms.js';
import { readConcepts, relatedConcepts } from './vocabulary.js';

/** The fields of an item the matcher reads; an Item has all of them. */
export type MatchableItem = {
  kind: 'article' | 'job' | 'resource';
  title: string;
  text: string;
  topics: readonly string[];
  company: string | null;
  role: string | null;
  location?: string | null;
};

/** How a label met an item: its strength, and the concept it met through (-1 for words). */
export type LabelMatch = { strength: number; concept: number };

/** An item reduced to how strongly (about 0..1) it speaks of each concept, phrase and word. */
export type ItemProfile = {
  kind: MatchableItem['kind'];
  concepts: Map<number, number>;
  related: Map<number, number>;
  /**
   * Concepts named only by an ambiguous word that the rest of the item does not confirm
   * ("delivery" in an item about neither parcels nor births): they count for a person
   * only when the item's other concepts agree with that person's field (match-item.ts).
   */
  doubtful: Map<number, number>;
  tokens: Map<string, number>;
  /** Runs of two to four words, for labels found word for word. */
  phrases: Map<string, number>;
  /** Each distinct label matched once per item: a network repeats its labels a great deal. */
  matched: Map<Label, LabelMatch>;
  /** For a job: the words of its location, and whether it can be done remotely. */
  place: ReadonlySet<string>;
  remote: boolean;
  /**
   * What the item says it is, in its title and role: the concepts (ambiguous ones too)
   * and words there. A job is the role these name; its text lists what the role asks for.
   */
  named: { concepts: ReadonlySet<number>; tokens: ReadonlySet<string> };
};

const REMOTE = /\bremote(ly)?\b|\bwork from (home|anywhere)\b/i;

/** Enough of a long text to judge what it is about, and to keep matching fast. */
const TEXT_LIMIT = 20_000;

/**
 * How much a mention counts: in the title (or the item's topics) most, then repeated
 * in the text, then once. A label found word for word counts more than a synonym,
 * and a related concept less than either.
 */
export const STRENGTH = {
  // their exact words in the title: the strongest sign there is, above any synonym
  phrase: { headline: 1.2, repeated: 0.9, once: 0.85 },
  concept: { headline: 0.9, repeated: 0.8, once: 0.65 },
  related: 0.45,
  words: 0.8,
} as const;

function strengthOf(kind: 'phrase' | 'concept', count: number): number {
  return count >= 2 ? STRENGTH[kind].repeated : STRENGTH[kind].once;
}

function countPhrases(tokens: readonly string[], into: Map<string, number>): void {
  for (let start = 0; start < tokens.length; start++) {
    let phrase = tokens[start] as string;
    for (let length = 2; length <= MAX_PHRASE && start + length <= tokens.length; length++) {
      phrase += ` ${tokens[start + length - 1]}`;
      into.set(phrase, (into.get(phrase) ?? 0) + 1);
    }
  }
}

export function buildItemProfile(item: MatchableItem): ItemProfile {
  const headline = tokenize([item.title, item.role ?? '', item.location ?? ''].join(' \n '));
  // Topics are mostly extracted from the text itself: they confirm a subject (as a
  // repeated mention does) but do not lift it to the title's strength.
  const topics = tokenize(item.topics.join(' \n '));
  const body = tokenize(item.text.slice(0, TEXT_LIMIT));
  const concepts = new Map<number, number>();
  const doubtful = new Map<number, number>();
  const parts = [
    { read: readConcepts(body), strength: (count: number) => strengthOf('concept', count) },
    { read: readConcepts(topics), strength: () => STRENGTH.concept.repeated },
    { read: readConcepts(headline), strength: () => STRENGTH.concept.headline },
  ];
  for (const { read, strength } of parts) {
    for (const [id, count] of read.found) concepts.set(id, strength(count));
    for (const [id, count] of read.doubtful) doubtful.set(id, Math.max(doubtful.get(id) ?? 0, strength(count)));
  }
  // An ambiguous word in the title is confirmed by the text as much as by the title.
  for (const [id, strength] of doubtful) {
    if (concepts.has(id) || [...relatedConcepts(id)].some((other) => concepts.has(other))) {
      concepts.set(id, Math.max(concepts.get(id) ?? 0, strength));
      doubtful.delete(id);
    }
  }
  const tokens = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const token of body) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const [token, count] of counts) tokens.set(token, strengthOf('phrase', count));
  for (const token of topics) tokens.set(token, Math.max(tokens.get(token) ?? 0, STRENGTH.phrase.repeated));
  for (const token of headline) tokens.set(token, STRENGTH.phrase.headline);
  const phraseCounts = new Map<string, number>();
  countPhrases(body, phraseCounts);
  for (const topic of item.topics) countPhrases(tokenize(topic), phraseCounts);
  const phrases = new Map<string, number>();
  for (const [phrase, count] of phraseCounts) phrases.set(phrase, strengthOf('phrase', count));
  const headlinePhrases = new Map<string, number>();
  countPhrases(headline, headlinePhrases);
  for (const phrase of headlinePhrases.keys()) phrases.set(phrase, STRENGTH.phrase.headline);
  const related = new Map<number, number>();
  for (const [id, weight] of concepts) {
    for (const other of relatedConcepts(id)) {
      if (concepts.has(other)) continue;
      related.set(other, Math.max(related.get(other) ?? 0, (weight / STRENGTH.concept.headline) * STRENGTH.related));
    }
  }
  const place = new Set(tokenize(item.location ?? '').filter((token) => token !== 'remot'));
  const remote = REMOTE.test(`${item.location ?? ''} ${item.title}`) || REMOTE.test(item.text.slice(0, TEXT_LIMIT));
  const namedTokens = tokenize(`${item.title} \n ${item.role ?? ''}`);
  const namedRead = readConcepts(namedTokens);
  const named = {
    concepts: new Set([...namedRead.found.keys(), ...namedRead.doubtful.keys()]),
    tokens: new Set(namedTokens),
  };
  return { kind: item.kind, concepts, related, doubtful, tokens, phrases, matched: new Map(), place, remote, named };
}
