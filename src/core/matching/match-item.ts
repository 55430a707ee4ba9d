import { buildProfile, type Label, type MatchablePerson, type PersonProfile } from './profile.js';
import { tokenize } from './terms.js';
import { conceptName, findConcepts, relatedConcepts } from './vocabulary.js';

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

export type Suggestion = { id: string; name: string; score: number; reasons: string[] };

/** An item reduced to how strongly (0..1) it speaks of each concept and word. */
export type ItemProfile = {
  kind: MatchableItem['kind'];
  concepts: Map<number, number>;
  related: Map<number, number>;
  tokens: Map<string, number>;
};

/** Enough of a long text to judge what it is about, and to keep matching fast. */
const TEXT_LIMIT = 20_000;

function presence(count: number): number {
  return count >= 2 ? 0.9 : 0.7;
}

export function buildItemProfile(item: MatchableItem): ItemProfile {
  const headline = tokenize([item.title, item.role ?? '', item.location ?? '', ...item.topics].join(' \n '));
  const body = tokenize(item.text.slice(0, TEXT_LIMIT));
  const concepts = new Map<number, number>();
  for (const [id, count] of findConcepts(body)) concepts.set(id, presence(count));
  for (const id of findConcepts(headline).keys()) concepts.set(id, 1);
  const tokens = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const token of body) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const [token, count] of counts) tokens.set(token, presence(count));
  for (const token of headline) tokens.set(token, 1);
  const related = new Map<number, number>();
  for (const [id, weight] of concepts) {
    for (const other of relatedConcepts(id)) {
      if (concepts.has(other)) continue;
      related.set(other, Math.max(related.get(other) ?? 0, weight * 0.5));
    }
  }
  return { kind: item.kind, concepts, related, tokens };
}

/**
 * How strongly (0..1) an item speaks to a label. A label the vocabulary knows
 * matches by concept (its synonyms fully, related concepts half); any other label by
 * its meaningful words, most of which must appear.
 */
export function labelStrength(label: Label, item: ItemProfile): number {
  if (label.concepts.length > 0) {
    let best = 0;
    for (const id of label.concepts) {
      best = Math.max(best, item.concepts.get(id) ?? 0, item.related.get(id) ?? 0);
    }
    return best;
  }
  if (label.tokens.length === 0) return 0;
  let sum = 0;
  let matched = 0;
  for (const token of label.tokens) {
    const weight = item.tokens.get(token);
    if (weight) {
      sum += weight;
      matched++;
    }
  }
  if (matched / label.tokens.length < 0.6) return 0;
  return (0.8 * sum) / label.tokens.length;
}

type Weights = {
  topics: number;
  jobNeeds: number;
  needs: number;
  offers: number;
  title: number;
  industry: number;
  company: number;
  notes: number;
};

/**
 * For a job listing a stated search for such a role outweighs any shared interest;
 * for an article, interests and needs lead and what someone offers counts little.
 */
const weightsByKind: Record<MatchableItem['kind'], Weights> = {
  article: { topics: 3, jobNeeds: 0.5, needs: 3, offers: 1, title: 2, industry: 1.5, company: 2, notes: 1.5 },
  resource: { topics: 3, jobNeeds: 0.5, needs: 3, offers: 1, title: 2, industry: 1.5, company: 2, notes: 1.5 },
  job: { topics: 2, jobNeeds: 10, needs: 1, offers: 0.5, title: 3, industry: 1, company: 0, notes: 0.5 },
};

/** Several matches in one field add up, each less than the one before. */
const DECAY = 0.6;
/** Below this a match is a coincidence of words, not a reason to send something. */
export const MIN_SCORE = 0.8;

function decayedSum(strengths: number[]): number {
  strengths.sort((a, b) => b - a);
  let total = 0;
  let factor = 1;
  for (const strength of strengths) {
    total += strength * factor;
    factor *= DECAY;
  }
  return total;
}

/** "looking for a senior data role" from the need "a senior data role"; "hiring …" stays as written. */
function needPhrase(need: string): string {
  return /^(looking|seeking|searching|hiring|wants?|needs?|open to)\b/i.test(need.trim())
    ? need.trim()
    : `looking for ${need.trim()}`;
}

function fieldMatches(labels: readonly Label[], item: ItemProfile): { texts: string[]; strengths: number[] } {
  const texts: string[] = [];
  const strengths: number[] = [];
  for (const label of labels) {
    const strength = labelStrength(label, item);
    if (strength > 0) {
      texts.push(label.text);
      strengths.push(strength);
    }
  }
  return { texts, strengths };
}

/** Scores one person for an item, with the reasons in words; null when nothing meets. */
export function scoreProfile(
  person: PersonProfile,
  item: ItemProfile,
  companyTokens: ReadonlySet<string>,
): Suggestion | null {
  const weights = weightsByKind[item.kind];
  const reasons: string[] = [];
  let score = 0;

  const topics = fieldMatches(person.topics, item);
  if (topics.texts.length > 0) {
    score += weights.topics * decayedSum(topics.strengths);
    reasons.push(`interested in ${topics.texts.join(', ')}`);
  }

  const titleStrength = person.title ? labelStrength(person.title, item) : 0;
  const jobNeeds: string[] = [];
  const jobStrengths: number[] = [];
  const otherNeeds: string[] = [];
  const otherStrengths: number[] = [];
  for (const need of person.needs) {
    let strength = labelStrength(need, item);
    // "open to a new role" names no field: their title says which roles they mean.
    if (need.jobSeeking && need.concepts.length === 0 && need.tokens.length === 0) strength = titleStrength;
    if (strength <= 0) continue;
    if (need.jobSeeking) {
      jobNeeds.push(needPhrase(need.text));
      jobStrengths.push(strength);
    } else {
      otherNeeds.push(needPhrase(need.text));
      otherStrengths.push(strength);
    }
  }
  if (jobNeeds.length > 0) score += weights.jobNeeds * decayedSum(jobStrengths);
  if (otherNeeds.length > 0) score += weights.needs * decayedSum(otherStrengths);
  if (item.kind === 'job') reasons.unshift(...jobNeeds);
  else reasons.push(...jobNeeds);
  reasons.push(...otherNeeds);

  if (titleStrength > 0 && person.title) {
    score += weights.title * titleStrength;
    reasons.push(`works as ${person.title.text}`);
  }
  const industryStrength = person.industry ? labelStrength(person.industry, item) : 0;
  if (industryStrength > 0 && person.industry) {
    score += weights.industry * industryStrength;
    reasons.push(`works in ${person.industry.text}`);
  }
  if (weights.company > 0 && person.company && person.company.tokens.every((token) => companyTokens.has(token))) {
    score += weights.company;
    reasons.push(`works at ${person.company.text}, which it mentions`);
  }

  const offers = fieldMatches(person.offers, item);
  if (offers.texts.length > 0) {
    score += weights.offers * decayedSum(offers.strengths);
    reasons.push(`can help with ${offers.texts.join(', ')}`);
  }

  const notes = person.notesConcepts.filter((id) => item.concepts.has(id));
  if (notes.length > 0) {
    score += weights.notes * decayedSum(notes.map((id) => item.concepts.get(id) ?? 0));
    reasons.push(`your notes mention ${notes.map(conceptName).join(', ')}`);
  }

  if (score < MIN_SCORE) return null;
  return { id: person.id, name: person.name, score: Math.round(score * 100) / 100, reasons };
}

export type RankOptions = {
  /** People who already received the item. */
  exclude?: ReadonlySet<string>;
  limit?: number;
};

/** Ranks prepared profiles for an item: archived people and those who already got it are left out. */
export function rankProfiles(
  profiles: readonly PersonProfile[],
  item: MatchableItem,
  options: RankOptions = {},
): Suggestion[] {
  const itemProfile = buildItemProfile(item);
  const companyTokens = new Set(itemProfile.tokens.keys());
  const suggestions: Suggestion[] = [];
  for (const profile of profiles) {
    if (profile.archived || options.exclude?.has(profile.id)) continue;
    const suggestion = scoreProfile(profile, itemProfile, companyTokens);
    if (suggestion) suggestions.push(suggestion);
  }
  suggestions.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return options.limit ? suggestions.slice(0, options.limit) : suggestions;
}

/** Ranks a user's people for an item, each with the reasons it would matter to them. */
export function rankPeopleForItem(
  people: readonly MatchablePerson[],
  item: MatchableItem,
  options: RankOptions = {},
): Suggestion[] {
  const candidates = people.filter((person) => !person.archived && !options.exclude?.has(person.id));
  return rankProfiles(candidates.map(buildProfile), item, options);
}
