import { z } from 'zod';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import type { IntroductionSuggestion, IntroductionView } from './schema.js';
import { pairKey, suggestPairs } from './suggest-pairs.js';

/** Every tracked introduction, newest first, with both names. */
export async function listIntroductions(deps: Deps): Promise<IntroductionView[]> {
  const introductions = await deps.repos.introductions.list();
  const ids = introductions.flatMap((intro) => [intro.personAId, intro.personBId]);
  const names = new Map((await deps.repos.people.getMany(ids)).map((p) => [p.id, p.displayName]));
  return introductions.map((intro) => ({
    ...intro,
    personAName: names.get(intro.personAId) ?? intro.personAId,
    personBName: names.get(intro.personBId) ?? intro.personBId,
  }));
}

export const suggestIntroductionsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

/**
 * Introductions worth suggesting: needs meeting offers, minus pairs already
 * introduced and people who already know each other (one introduced the other).
 */
export async function suggestIntroductions(deps: Deps, input: unknown = {}): Promise<IntroductionSuggestion[]> {
  const { limit } = parseInput(suggestIntroductionsSchema, input);
  const [people, introductions] = await Promise.all([deps.repos.people.all(), deps.repos.introductions.list()]);
  const acquainted = new Set(introductions.map((intro) => pairKey(intro.personAId, intro.personBId)));
  for (const person of people) {
    if (person.introducedById) acquainted.add(pairKey(person.id, person.introducedById));
  }
  return suggestPairs(people, { acquainted, limit });
}
