import { type ItemProfile, type LabelMatch, STRENGTH } from './item-profile.js';
import type { Label } from './profile.js';

export type { LabelMatch };
export const NO_MATCH: LabelMatch = { strength: 0, concept: -1 };
/** A label the vocabulary does not know meets an item when at least this share of its meaningful words is there. */
export const WORDS_NEEDED = 0.6;

/**
 * How strongly (0..1) an item speaks to a label. Word for word is best; a label the
 * vocabulary knows then matches by concept (its synonyms fully, related concepts
 * less unless `directOnly`); any other label by its meaningful words, most of which
 * must appear.
 */
export function matchLabel(label: Label, item: ItemProfile, directOnly = false): LabelMatch {
  if (directOnly) return computeMatch(label, item, true);
  let match = item.matched.get(label);
  if (!match) {
    match = computeMatch(label, item, false);
    item.matched.set(label, match);
  }
  return match;
}

function computeMatch(label: Label, item: ItemProfile, directOnly: boolean): LabelMatch {
  let best = NO_MATCH;
  if (label.phrase) {
    const strength = item.phrases.get(label.phrase);
    if (strength) best = { strength, concept: label.concepts[0] ?? -1 };
  }
  if (label.concepts.length > 0) {
    for (const id of label.concepts) {
      const strength = Math.max(item.concepts.get(id) ?? 0, directOnly ? 0 : (item.related.get(id) ?? 0));
      if (strength > best.strength) best = { strength, concept: id };
    }
    return best;
  }
  if (best.strength > 0 || label.tokens.length === 0) return best;
  let sum = 0;
  let matched = 0;
  for (const token of label.tokens) {
    const weight = item.tokens.get(token);
    if (weight) {
      sum += weight;
      matched++;
    }
  }
  if (matched / label.tokens.length < WORDS_NEEDED) return NO_MATCH;
  return { strength: (STRENGTH.words * sum) / label.tokens.length, concept: -1 };
}

/**
 * Whether the item's title or role names what the label names: one of its concepts, or
 * (a label the vocabulary does not know) enough of `words`, its meaningful words unless
 * told. A label with no such words has nothing to miss there.
 */
export function namesLabel(label: Label, item: ItemProfile, words: readonly string[] = label.tokens): boolean {
  if (label.concepts.length > 0) return label.concepts.some((id) => item.named.concepts.has(id));
  if (words.length === 0) return true;
  let named = 0;
  for (const token of words) if (item.named.tokens.has(token)) named++;
  return named / words.length >= WORDS_NEEDED;
}

export function labelStrength(label: Label, item: ItemProfile): number {
  return matchLabel(label, item).strength;
}
