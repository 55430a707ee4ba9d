import { tokenize } from './terms.js';
import { VOCABULARY } from './vocabulary-data.js';

/** A concept of the vocabulary (`vocabulary-data.ts`); `ambiguous` holds its names marked `~`. */
export type Concept = { id: number; name: string; phrases: string[]; ambiguous: Set<string>; related: string[] };

export function parseVocabulary(source: string): Concept[] {
  const concepts: Concept[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [termsPart = '', relatedPart = ''] = trimmed.split('>');
    const marked = termsPart
      .split(',')
      .map((term) => term.trim())
      .filter(Boolean);
    const phrases = marked.map((term) => term.replace(/^~/, ''));
    const ambiguous = new Set(marked.filter((term) => term.startsWith('~')).map((term) => term.slice(1)));
    const related = relatedPart
      .split(';')
      .map((term) => term.trim())
      .filter(Boolean);
    concepts.push({ id: concepts.length, name: phrases[0] ?? '', phrases, ambiguous, related });
  }
  return concepts;
}

/** What is wrong with a vocabulary: related names that are no concept, names given to two concepts. */
export function vocabularyProblems(list: readonly Concept[]): string[] {
  const names = new Set(list.map((concept) => concept.name));
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const concept of list) {
    for (const name of concept.related) {
      if (!names.has(name)) problems.push(`"${concept.name}" relates to unknown "${name}"`);
    }
    for (const phrase of concept.phrases) {
      const key = tokenize(phrase).join(' ');
      const earlier = owner.get(key);
      if (earlier !== undefined && earlier !== concept.name) {
        problems.push(`"${phrase}" names both "${earlier}" and "${concept.name}"`);
      }
      owner.set(key, concept.name);
    }
  }
  return problems;
}

/** A phrase's tokens keyed by its first token, so a scan looks up each token once. */
type PhraseEntry = { rest: string[]; conceptId: number; ambiguous: boolean };
type Vocabulary = {
  concepts: readonly Concept[];
  byFirstToken: Map<string, PhraseEntry[]>;
  /** related[id] = ids of concepts related to concept id (both directions). */
  relatedIds: Set<number>[];
};

let built: Vocabulary | undefined;

/**
 * The vocabulary, parsed and indexed on first use: stemming every phrase takes some
 * 30 ms, which a command that matches nothing (`kith today`, `kith --help`) need not pay.
 */
function vocabulary(): Vocabulary {
  if (built) return built;
  const concepts = parseVocabulary(VOCABULARY);
  const byFirstToken = new Map<string, PhraseEntry[]>();
  const relatedIds: Set<number>[] = concepts.map(() => new Set<number>());
  const idByName = new Map(concepts.map((concept) => [concept.name, concept.id]));
  for (const concept of concepts) {
    for (const phrase of concept.phrases) {
      const tokens = tokenize(phrase);
      const [first, ...rest] = tokens;
      if (!first) continue;
      const entries = byFirstToken.get(first) ?? [];
      entries.push({ rest, conceptId: concept.id, ambiguous: concept.ambiguous.has(phrase) });
      // longest phrases first, so "machine learning platform" wins over "machine learning"
      entries.sort((a, b) => b.rest.length - a.rest.length);
      byFirstToken.set(first, entries);
    }
    for (const name of concept.related) {
      const other = idByName.get(name);
      if (other === undefined) throw new Error(`vocabulary: "${concept.name}" relates to unknown "${name}"`);
      relatedIds[concept.id]?.add(other);
      relatedIds[other]?.add(concept.id);
    }
  }
  built = { concepts, byFirstToken, relatedIds };
  return built;
}

/** Every concept of the vocabulary, by id. */
export function allConcepts(): readonly Concept[] {
  return vocabulary().concepts;
}

/**
 * Concept ids named in a token sequence, with how often each occurs; longest phrase wins
 * at each position. An ambiguous name counts only where the sequence also names its
 * concept otherwise, or a related concept: "delivery" is logistics beside "warehouse",
 * not in "labour and delivery".
 */
export function findConcepts(tokens: readonly string[]): Map<number, number> {
  return readConcepts(tokens).found;
}

/**
 * The concepts a token sequence names (`found`, as findConcepts), and apart from them
 * those named only by an ambiguous word that nothing else in the sequence confirmed
 * (`doubtful`): whether "grid" there is the power grid is for the reader's field to say.
 */
export function readConcepts(tokens: readonly string[]): { found: Map<number, number>; doubtful: Map<number, number> } {
  const { byFirstToken } = vocabulary();
  const found = new Map<number, number>();
  const doubtful = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    const entries = byFirstToken.get(tokens[index] as string);
    if (!entries) continue;
    for (const entry of entries) {
      let matches = true;
      for (let offset = 0; offset < entry.rest.length; offset++) {
        if (tokens[index + 1 + offset] !== entry.rest[offset]) {
          matches = false;
          break;
        }
      }
      if (matches) {
        const into = entry.ambiguous ? doubtful : found;
        into.set(entry.conceptId, (into.get(entry.conceptId) ?? 0) + 1);
        index += entry.rest.length;
        break;
      }
    }
  }
  for (const [id, count] of doubtful) {
    if (found.has(id) || [...relatedConcepts(id)].some((other) => found.has(other))) {
      found.set(id, (found.get(id) ?? 0) + count);
      doubtful.delete(id);
    }
  }
  return { found, doubtful };
}

export function relatedConcepts(id: number): ReadonlySet<number> {
  return vocabulary().relatedIds[id] ?? new Set();
}

export function conceptName(id: number): string {
  return vocabulary().concepts[id]?.name ?? '';
}
