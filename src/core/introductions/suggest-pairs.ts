import { buildProfile, type Label, type MatchablePerson, type PersonProfile } from '../matching/profile.js';
import { conceptName, relatedConcepts } from '../matching/vocabulary.js';
import type { IntroductionSuggestion } from './schema.js';

/** A key for an unordered pair, so (A, B) and (B, A) are the same pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Concepts that say how someone helps, not with what: "mentoring on system design" and
 * "mentoring supply chain managers" share mentoring, and do not meet.
 */
const HOW_NOT_WHAT = new Set(['mentoring']);

/** A label's concepts that say what it is about, or all of them when it names only how. */
function subjects(label: Label): readonly number[] {
  const what = label.concepts.filter((id) => !HOW_NOT_WHAT.has(conceptName(id)));
  return what.length > 0 ? what : label.concepts;
}

/**
 * How a label says help is given, besides what about: mentoring (a concept), or
 * introductions (a word the vocabulary leaves out, as it says nothing of a field).
 */
function waysOfHelping(label: Label): string[] {
  const ways = label.concepts.filter((id) => HOW_NOT_WHAT.has(conceptName(id))).map(conceptName);
  if (/\bintro(?:duction)?s?\b/i.test(label.text)) ways.push('introductions');
  return ways;
}

/**
 * How well an offer meets a need (0..1): a shared concept fully, a related one half, else
 * shared words. Where both say what they are about, they meet on that, not on how. A
 * related subject is near enough only when the offer helps in a way the need asks for, or
 * names no way: someone after forecasting tools has no use for a supply chain mentor, and
 * someone after a finance role none for investor introductions, where someone after a
 * logistics mentor is glad of a supply chain one.
 */
export function needMeetsOffer(need: Label, offer: Label): number {
  const needs = subjects(need);
  const offers = subjects(offer);
  if (needs.length > 0 && offers.length > 0) {
    const asked = waysOfHelping(need);
    const nearEnough = waysOfHelping(offer).every((way) => asked.includes(way));
    let best = 0;
    for (const id of needs) {
      if (offers.includes(id)) return 1;
      const related = relatedConcepts(id);
      if (nearEnough && offers.some((other) => related.has(other))) best = 0.5;
    }
    if (best > 0) return best;
  }
  if (need.tokens.length === 0) return 0;
  const offered = new Set(offer.tokens);
  const shared = need.tokens.filter((token) => offered.has(token)).length;
  const coverage = shared / need.tokens.length;
  return coverage >= 0.6 ? 0.8 * coverage : 0;
}

type Meeting = { needer: PersonProfile; helper: PersonProfile; need: string; offer: string; strength: number };

/** Below this, a need and an offer only brush against each other. */
export const MIN_STRENGTH = 0.5;

/** "is hiring demand planners", "wants a mentor", "is looking for a co-founder". */
function needPhrase(need: string): string {
  const text = need.trim();
  if (/^(looking|seeking|searching|hiring|open to)\b/i.test(text)) return `is ${text}`;
  if (/^(wants?|needs?)\b/i.test(text)) return text;
  return `is looking for ${text}`;
}

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * Pairs of people whose needs and offers meet (A needs what B offers), ranked, each
 * with its reasons. Archived people, pairs already introduced and people who already
 * know each other (given as `acquainted`) are left out.
 */
export function suggestPairs(
  people: readonly MatchablePerson[],
  options: { acquainted?: ReadonlySet<string>; limit?: number } = {},
): IntroductionSuggestion[] {
  const profiles = people.filter((person) => !person.archived).map(buildProfile);
  const helpers = profiles.filter((profile) => profile.offers.length > 0);
  // An index from concept to the people offering it keeps this near-linear in network size.
  const byConcept = new Map<number, PersonProfile[]>();
  const byToken = new Map<string, PersonProfile[]>();
  for (const helper of helpers) {
    for (const offer of helper.offers) {
      for (const id of offer.concepts) addTo(byConcept, id, helper);
      for (const token of offer.tokens) addTo(byToken, token, helper);
    }
  }

  const best = new Map<string, Meeting[]>();
  for (const needer of profiles) {
    for (const need of needer.needs) {
      const candidates = new Set<PersonProfile>();
      for (const id of need.concepts) {
        for (const helper of byConcept.get(id) ?? []) candidates.add(helper);
        for (const related of relatedConcepts(id))
          for (const helper of byConcept.get(related) ?? []) candidates.add(helper);
      }
      for (const token of need.tokens) for (const helper of byToken.get(token) ?? []) candidates.add(helper);
      for (const helper of candidates) {
        if (helper.id === needer.id) continue;
        const key = pairKey(needer.id, helper.id);
        if (options.acquainted?.has(key)) continue;
        let top: Meeting | null = null;
        for (const offer of helper.offers) {
          const strength = needMeetsOffer(need, offer);
          if (strength >= MIN_STRENGTH && (!top || strength > top.strength)) {
            top = { needer, helper, need: need.text, offer: offer.text, strength };
          }
        }
        if (top) addTo(best, key, top);
      }
    }
  }

  const suggestions: IntroductionSuggestion[] = [];
  for (const meetings of best.values()) {
    meetings.sort((a, b) => b.strength - a.strength);
    const first = meetings[0];
    if (!first) continue;
    const score = meetings.reduce((total, meeting, index) => total + meeting.strength * 0.6 ** index, 0);
    const mutual = meetings.some((meeting) => meeting.needer.id !== first.needer.id);
    suggestions.push({
      personA: { id: first.needer.id, name: first.needer.name },
      personB: { id: first.helper.id, name: first.helper.name },
      score: Math.round((mutual ? score + 0.5 : score) * 100) / 100,
      reasons: meetings
        .slice(0, 3)
        .map(
          (meeting) =>
            `${meeting.needer.name} ${needPhrase(meeting.need)}; ${meeting.helper.name} can help with ${meeting.offer}`,
        ),
    });
  }
  suggestions.sort((a, b) => b.score - a.score || a.personA.name.localeCompare(b.personA.name));
  return options.limit ? suggestions.slice(0, options.limit) : suggestions;
}
