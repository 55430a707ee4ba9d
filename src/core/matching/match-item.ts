import { buildItemProfile, type ItemProfile, type MatchableItem } from './item-profile.js';
import { type LabelMatch, matchLabel, NO_MATCH, namesLabel } from './label-match.js';
import {
  companyTokensOf,
  type Label,
  type MatchablePerson,
  NEED_PLACE,
  notesConcepts,
  toLabel,
  toNeed,
} from './profile.js';
import { tokenize } from './terms.js';
import { conceptName } from './vocabulary.js';

// The item's profile and label matching live beside this file; the scoring here reads them.
export { buildItemProfile, type ItemProfile, type MatchableItem } from './item-profile.js';
export { type LabelMatch, labelStrength, matchLabel } from './label-match.js';

export type Suggestion = { id: string; name: string; score: number; reasons: string[] };

export type Weights = {
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
export const weightsByKind: Readonly<Record<MatchableItem['kind'], Weights>> = {
  article: { topics: 3, jobNeeds: 0.5, needs: 4, offers: 1, title: 2, industry: 1.5, company: 2, notes: 1.5 },
  resource: { topics: 3, jobNeeds: 0.5, needs: 4, offers: 1, title: 2, industry: 1.5, company: 2, notes: 1.5 },
  job: { topics: 2, jobNeeds: 10, needs: 1, offers: 0.5, title: 3, industry: 1, company: 0, notes: 0.5 },
};

/** Several matches in one field add up, each less than the one before. */
const DECAY = 0.6;
/**
 * Below this a match is a coincidence of words, not a reason to send something; nobody
 * above it is a valid answer ("nobody fits" in the CLI and web). Calibrated on the
 * labelled set's tuning half (bench give-first, half A): thresholds from 0.8 to 1.5 give
 * the same nDCG@5 there, 2.0 loses relevant people; 1.2 is kept because it still lets a
 * topic related to the item's subject through (3 × 0.45) and drops a lone mention of
 * something a person offers (1 × 0.85) or a single concept in their notes.
 */
export const MIN_SCORE = 1.2;

/**
 * The matcher's tunable figures: the field weights by kind and the threshold. The
 * defaults above are what kith ships; the labelled-set bench passes others to choose
 * them on one half and report on the other.
 */
export type Tuning = { weights: Readonly<Record<MatchableItem['kind'], Weights>>; minScore: number };
export const DEFAULT_TUNING: Tuning = { weights: weightsByKind, minScore: MIN_SCORE };
/** The tuning of the ranking under way (set by rankPeopleForItem and scorePerson). */
let tuning: Tuning = DEFAULT_TUNING;

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

/** A need that names where: at the job's place (or remote, for a remote job) it counts more, elsewhere less. */
const PLACE_MET = 1.25;
const PLACE_MISSED = 0.5;
/** Living where a job is adds this much to someone who meets it otherwise. */
const LIVES_THERE = 1;

function placeFit(need: string, item: ItemProfile): number {
  if (item.kind !== 'job') return 1;
  const wantsRemote = /\bremote\b/i.test(need);
  const named = NEED_PLACE.exec(need)?.[1];
  if (!named && !wantsRemote) return 1;
  if (wantsRemote && item.remote) return PLACE_MET;
  if (named && item.place.size > 0) {
    return tokenize(named).every((token) => item.place.has(token)) ? PLACE_MET : PLACE_MISSED;
  }
  return named && item.remote ? 1 : PLACE_MISSED;
}

function livesWhere(location: string | null | undefined, item: ItemProfile): boolean {
  if (!location || item.place.size === 0) return false;
  const [city = ''] = location.split(',');
  const tokens = tokenize(city);
  return tokens.length > 0 && tokens.every((token) => item.place.has(token));
}

/** "looking for a senior data role" from the need "a senior data role"; "hiring …" stays as written. */
function needPhrase(need: string): string {
  const text = need.trim();
  if (/^(looking|seeking|searching|hiring|wants?|needs?|open to)\b/i.test(text)) return text;
  if (/^to\s/i.test(text)) return `wants ${text}`;
  return `looking for ${text}`;
}

const NO_TOKENS: readonly string[] = [];

type Field = 'jobNeeds' | 'topics' | 'needs' | 'title' | 'industry' | 'offers' | 'notes';

/** Met again in the same field, a concept adds this much; in another field, half. */
const REPEAT_IN_FIELD = 0.3;
const REPEAT_ACROSS_FIELDS = 0.5;

/**
 * One concept counts once per person: two topics that are synonyms ("observability",
 * "monitoring") are one interest, not two, and their title saying it again adds less.
 * `used` is the concepts already counted for the person being scored, and the field
 * that counted each; words without a concept always count in full.
 */
function credited(label: Label, item: ItemProfile, field: Field, used: Map<number, Field>, directOnly = false): number {
  let match = matchLabel(label, item, directOnly);
  // An ambiguous word the person uses meets the item's word only if the item is about their field.
  if (match.strength > 0 && match.concept < 0 && label.doubtful.length > 0 && !wordSenseAgrees(label, item)) return 0;
  // An ambiguous word in the item names this label's concept only if the item is about their field.
  if (match.strength <= 0 && item.doubtful.size > 0) match = doubtfulMatch(label, item);
  if (match.strength <= 0) return 0;
  if (match.concept < 0 && label.concepts.length === 0) return match.strength;
  // A label may name several concepts ("nurse wellbeing"): take the one that adds most.
  let best = 0;
  let bestConcept = -1;
  const candidates = label.concepts.length > 0 ? label.concepts : [match.concept];
  for (const id of candidates) {
    const raw =
      id === match.concept
        ? match.strength
        : Math.max(item.concepts.get(id) ?? 0, directOnly ? 0 : (item.related.get(id) ?? 0));
    if (raw <= 0) continue;
    const earlier = used.get(id);
    const value = earlier === undefined ? raw : raw * (earlier === field ? REPEAT_IN_FIELD : REPEAT_ACROSS_FIELDS);
    if (value > best) {
      best = value;
      bestConcept = id;
    }
  }
  if (bestConcept >= 0 && !used.has(bestConcept)) used.set(bestConcept, field);
  return best;
}

/**
 * The person being scored, and whether the item speaks of their field (-1: not yet
 * asked): the concepts of their title, industry, topics, offers and needs, met by the
 * item's own concepts or their related ones. Worked out only when an ambiguous word
 * needs it.
 */
let scoredPerson: MatchablePerson | null = null;
let fieldAgreement: -1 | 0 | 1 = -1;
let fieldKnown = false;

function itemAgreesWithField(item: ItemProfile): boolean {
  if (fieldAgreement >= 0 || !scoredPerson) return fieldAgreement === 1;
  const person = scoredPerson;
  const labels = [
    ...(person.title ? [toLabel(person.title)] : []),
    ...(person.industry ? [toLabel(person.industry)] : []),
    ...person.topics.map(toLabel),
    ...person.offers.map(toLabel),
    ...person.needs.map(toNeed),
  ];
  fieldKnown = false;
  fieldAgreement = 0;
  for (const label of labels) {
    for (const id of label.concepts) {
      fieldKnown = true;
      if (item.concepts.has(id) || item.related.has(id)) fieldAgreement = 1;
    }
  }
  return fieldAgreement === 1;
}

/**
 * A label with an ambiguous word of its own ("grid") met the item word for word: the
 * item must speak of the person's field (a frontend developer's "grid" in an item about
 * CSS, a grid engineer's beside battery storage). When the vocabulary knows nothing of
 * their field, the item must confirm the vocabulary's sense of the word instead.
 */
function wordSenseAgrees(label: Label, item: ItemProfile): boolean {
  if (itemAgreesWithField(item)) return true;
  return !fieldKnown && label.doubtful.some((id) => item.concepts.has(id));
}

/** The item's unconfirmed ambiguous word as this label's concept, when the item agrees with the person's field. */
function doubtfulMatch(label: Label, item: ItemProfile): LabelMatch {
  for (const id of label.concepts) {
    const strength = item.doubtful.get(id);
    if (strength && itemAgreesWithField(item)) return { strength, concept: id };
  }
  return NO_MATCH;
}

/** Scratch for the person being scored; cleared for each, so scoring allocates nothing per person. */
const usedConcepts = new Map<number, Field>();

/** The strengths of the field being summed: one buffer reused for every field of every person. */
const strengths: number[] = [];

/** Sums the strengths gathered in the buffer (see decayedSum) and empties it. */
function takeSum(): number {
  const total = strengths.length > 0 ? decayedSum(strengths) : 0;
  strengths.length = 0;
  return total;
}

/** A field of labels (topics, offers): its decayed sum; the matching labels go to `texts` when explaining. */
function fieldScore(labels: readonly string[], item: ItemProfile, field: Field, texts: string[] | null): number {
  for (const text of labels) {
    const strength = credited(toLabel(text), item, field, usedConcepts);
    if (strength > 0) {
      strengths.push(strength);
      texts?.push(text);
    }
  }
  return takeSum();
}

/**
 * Scores one person for an item, writing the reasons in words into `reasons` when
 * given; 0 when nothing meets. Labels are parsed once per distinct text (see toLabel),
 * and nothing is allocated for the many people who do not match, which keeps 10,000
 * people within a request's budget.
 */
function assess(
  person: MatchablePerson,
  item: ItemProfile,
  itemTokens: ReadonlySet<string>,
  reasons: string[] | null,
): number {
  const weights = tuning.weights[item.kind];
  usedConcepts.clear();
  scoredPerson = person;
  fieldAgreement = -1;
  const title = person.title ? toLabel(person.title) : null;
  const titleMatch = title ? matchLabel(title, item) : NO_MATCH;

  const jobTexts: string[] | null = reasons ? [] : null;
  for (const text of person.needs) {
    const need = toNeed(text);
    if (!need.jobSeeking) continue;
    // A role someone looks for must be this role: a neighbouring field is not a match.
    // "open to a new role" names no field: their title says which roles they mean.
    const wanted = need.concepts.length === 0 && need.roleWords.length === 0 && title ? title : need;
    // A job is the role its title names; a word of its text ("stream processing in
    // production", "you will work with the product team") is what the role asks for.
    if (item.kind === 'job' && !namesLabel(wanted, item, wanted === need ? need.roleWords : wanted.tokens)) continue;
    const strength = credited(wanted, item, 'jobNeeds', usedConcepts, true);
    if (strength > 0) {
      strengths.push(strength * placeFit(text, item));
      jobTexts?.push(needPhrase(text));
    }
  }
  const jobNeeds = takeSum();
  const topicTexts: string[] | null = reasons ? [] : null;
  const topics = fieldScore(person.topics, item, 'topics', topicTexts);
  const needTexts: string[] | null = reasons ? [] : null;
  for (const text of person.needs) {
    const need = toNeed(text);
    if (need.jobSeeking) continue;
    const strength = credited(need, item, 'needs', usedConcepts);
    if (strength > 0) {
      strengths.push(strength);
      needTexts?.push(needPhrase(text));
    }
  }
  const otherNeeds = takeSum();
  const titleStrength = title && titleMatch.strength > 0 ? credited(title, item, 'title', usedConcepts) : 0;
  const industryStrength = person.industry ? credited(toLabel(person.industry), item, 'industry', usedConcepts) : 0;
  const companyTokens = weights.company > 0 && person.company ? companyTokensOf(person.company) : NO_TOKENS;
  let companyMentioned = companyTokens.length > 0;
  for (const token of companyTokens) if (!itemTokens.has(token)) companyMentioned = false;
  const offerTexts: string[] | null = reasons ? [] : null;
  const offers = fieldScore(person.offers, item, 'offers', offerTexts);
  if (person.notes) {
    for (const id of notesConcepts(person.notes)) {
      const strength = item.concepts.get(id);
      if (strength) strengths.push(usedConcepts.has(id) ? strength * REPEAT_ACROSS_FIELDS : strength);
    }
  }
  const notedCount = strengths.length;
  const notes = takeSum();

  const livesThere = item.kind === 'job' && livesWhere(person.location, item);
  const score =
    (livesThere ? LIVES_THERE : 0) +
    weights.jobNeeds * jobNeeds +
    weights.topics * topics +
    weights.needs * otherNeeds +
    weights.title * titleStrength +
    weights.industry * industryStrength +
    (companyMentioned ? weights.company : 0) +
    weights.offers * offers +
    weights.notes * notes;
  // Living where a job is counts only beside a reason of substance.
  if (score - (livesThere ? LIVES_THERE : 0) < tuning.minScore) return 0;
  if (reasons) {
    if (item.kind === 'job') reasons.push(...(jobTexts ?? []));
    if (topics > 0) reasons.push(`interested in ${topicTexts?.join(', ')}`);
    if (item.kind !== 'job') reasons.push(...(jobTexts ?? []));
    reasons.push(...(needTexts ?? []));
    if (titleStrength > 0) reasons.push(`works as ${person.title}`);
    if (industryStrength > 0) reasons.push(`works in ${person.industry}`);
    if (companyMentioned) reasons.push(`works at ${person.company}, which it mentions`);
    if (livesThere) reasons.push(`based in ${person.location}, where the job is`);
    if (offers > 0) reasons.push(`can help with ${offerTexts?.join(', ')}`);
    if (notedCount > 0 && person.notes) {
      const noted = notesConcepts(person.notes).filter((id) => item.concepts.has(id));
      reasons.push(`your notes mention ${noted.map(conceptName).join(', ')}`);
    }
  }
  return score;
}

/** One person's score for an item, with the reasons in words; null when nothing meets. */
export function scorePerson(
  person: MatchablePerson,
  item: ItemProfile,
  itemTokens: ReadonlySet<string>,
  chosen: Tuning = DEFAULT_TUNING,
): Suggestion | null {
  tuning = chosen;
  const reasons: string[] = [];
  const score = assess(person, item, itemTokens, reasons);
  return score > 0 ? { id: person.id, name: person.displayName, score: Math.round(score * 100) / 100, reasons } : null;
}

export type RankOptions = {
  /** People who already received the item. */
  exclude?: ReadonlySet<string>;
  limit?: number;
  /** Other weights and threshold than kith's own: for the labelled-set bench only. */
  tuning?: Tuning;
};

/**
 * Ranks a user's people for an item, each with the reasons it would matter to them.
 * Archived people and those who already received it are left out.
 */
export function rankPeopleForItem(
  people: readonly MatchablePerson[],
  item: MatchableItem,
  options: RankOptions = {},
): Suggestion[] {
  const itemProfile = buildItemProfile(item);
  const itemTokens = new Set(itemProfile.tokens.keys());
  const chosen = options.tuning ?? DEFAULT_TUNING;
  tuning = chosen;
  // Score everyone without reasons, then explain only those who make the list.
  const matched: number[] = [];
  const scores = new Float64Array(people.length);
  people.forEach((person, index) => {
    if (person.archived || options.exclude?.has(person.id)) return;
    const score = assess(person, itemProfile, itemTokens, null);
    if (score > 0) {
      scores[index] = score;
      matched.push(index);
    }
  });
  const name = (index: number) => (people[index] as MatchablePerson).displayName;
  // Codepoint order breaks ties: deterministic, and far cheaper than a locale compare over thousands.
  matched.sort(
    (a, b) => (scores[b] as number) - (scores[a] as number) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  );
  const top = options.limit ? matched.slice(0, options.limit) : matched;
  return top.flatMap((index) => scorePerson(people[index] as MatchablePerson, itemProfile, itemTokens, chosen) ?? []);
}
