import { isMeaningful, tokenize } from './terms.js';
import { findConcepts, readConcepts } from './vocabulary.js';

/** A short label (a topic, need, offer, title) reduced to what matching compares. */
export type Label = {
  text: string;
  /** Vocabulary concepts it names; when present, the label matches by concept only. */
  concepts: number[];
  /** Its meaningful tokens, for labels the vocabulary does not know. */
  tokens: string[];
  /** All its tokens in order, to find the label word for word in an item (two words or more). */
  phrase: string | null;
  /**
   * Concepts it names only by an ambiguous word nothing else in it confirms ("grid",
   * "delivery" on their own): its words then meet an item only where the item agrees with
   * the person's field (match-item.ts).
   */
  doubtful: number[];
};

/**
 * Labels repeat across a network ("SQL", "startups", "Data Engineer"): parsing each
 * distinct text once keeps ranking 10,000 people within a request's budget. Bounded, and
 * a label's parse depends only on its text, so sharing it is safe.
 */
const labelCache = new Map<string, Label>();
/** Longest label looked up word for word. */
export const MAX_PHRASE = 4;
const LABEL_CACHE_LIMIT = 100_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= LABEL_CACHE_LIMIT) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

export function toLabel(text: string): Label {
  return remember(labelCache, text, () => {
    const tokens = tokenize(text);
    const read = readConcepts(tokens);
    const concepts = [...read.found.keys()];
    const phrase = tokens.length >= 2 && tokens.length <= MAX_PHRASE ? tokens.join(' ') : null;
    const doubtful = [...read.doubtful.keys()];
    return { text, concepts, tokens: [...new Set(tokens.filter(isMeaningful))], phrase, doubtful };
  });
}

const notesCache = new Map<string, number[]>();

export function notesConcepts(notes: string): number[] {
  // keyed by the notes themselves: slicing would make a new string, and a new hash, every time
  return remember(notesCache, notes, () => [...findConcepts(tokenize(notes.slice(0, NOTES_LIMIT))).keys()]);
}

const HIRING = /\b(hiring|recruit\w*|hire|candidates?|talent for)\b/i;
const JOB_SEEKING =
  /\b(looking for|seeking|open to|searching for|want|wants|next|new)\b.*\b(role|job|position|opportunit\w*|move|challenge|gig)s?\b|^\s*(a|an)?\s*[\w\s-]*\b(role|job|position)\b/i;

/** "looking for a senior data role" (a job for themselves), not "hiring demand planners". */
export function isJobSeeking(need: string): boolean {
  return !HIRING.test(need) && JOB_SEEKING.test(need);
}

/** A place a need names ("… in Lisbon", "… near Porto"). */
export const NEED_PLACE = /\b(?:in|near|around)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;
const REMOTE_WORD = /\bremote(ly)?\b/i;

/**
 * A need, and when it seeks a job the words that say which role: its meaningful words
 * but those of the place it names and "remote" (where the job is counts apart).
 */
export type NeedLabel = Label & { jobSeeking: boolean; roleWords: string[] };

function roleWordsOf(need: string, label: Label): string[] {
  const place = new Set(tokenize(`${NEED_PLACE.exec(need)?.[1] ?? ''} ${need.match(REMOTE_WORD)?.[0] ?? ''}`));
  return label.tokens.filter((token) => !place.has(token));
}

/** The fields of a person the matcher reads; a Person has all of them. */
export type MatchablePerson = {
  id: string;
  displayName: string;
  title: string | null;
  company: string | null;
  industry: string | null;
  notes: string | null;
  topics: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
  archived: boolean;
  /** Where they live or work: for a job listing, a fit with its location counts. */
  location?: string | null;
};

/** A person reduced once per request to the terms every comparison needs. */
export type PersonProfile = {
  id: string;
  name: string;
  archived: boolean;
  topics: Label[];
  needs: NeedLabel[];
  offers: Label[];
  title: Label | null;
  industry: Label | null;
  company: { text: string; tokens: string[] } | null;
  notesConcepts: number[];
};

/** Notes can be long; the start says what matters and keeps matching fast. */
const NOTES_LIMIT = 2000;
const COMPANY_SUFFIXES = new Set(['inc', 'ltd', 'llc', 'gmbh', 'co', 'corp', 'corporation', 'plc', 'sa', 'ag', 'bv']);

const companyCache = new Map<string, string[]>();

export function companyTokensOf(company: string): string[] {
  return remember(companyCache, company, () =>
    tokenize(company).filter((token) => !COMPANY_SUFFIXES.has(token) && token.length > 1),
  );
}

const needCache = new Map<string, NeedLabel>();

export function toNeed(need: string): NeedLabel {
  return remember(needCache, need, () => {
    const label = toLabel(need);
    const jobSeeking = isJobSeeking(need);
    return { ...label, jobSeeking, roleWords: jobSeeking ? roleWordsOf(need, label) : label.tokens };
  });
}

export function buildProfile(person: MatchablePerson): PersonProfile {
  const companyTokens = person.company ? companyTokensOf(person.company) : [];
  return {
    id: person.id,
    name: person.displayName,
    archived: person.archived,
    topics: person.topics.map(toLabel),
    needs: person.needs.map(toNeed),
    offers: person.offers.map(toLabel),
    title: person.title ? toLabel(person.title) : null,
    industry: person.industry ? toLabel(person.industry) : null,
    company: person.company && companyTokens.length > 0 ? { text: person.company, tokens: companyTokens } : null,
    notesConcepts: person.notes ? notesConcepts(person.notes) : [],
  };
}
