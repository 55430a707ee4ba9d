import type { MatchablePerson } from '../../src/core/matching/profile.js';
import { isMeaningful, tokenize } from '../../src/core/matching/terms.js';

/**
 * The plainest scorer there is: how many of a person's topic, need and title words
 * appear in the item (same tokenizer and stems as kith). People with none are left out.
 */
export function overlapRank(people: readonly MatchablePerson[], itemText: string): string[] {
  const itemWords = new Set(tokenize(itemText));
  return people
    .map((person) => {
      const words = new Set(tokenize([...person.topics, ...person.needs, person.title ?? ''].join(' \n ')));
      let score = 0;
      for (const word of words) if (isMeaningful(word) && itemWords.has(word)) score++;
      return { id: person.id, score };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.id);
}
