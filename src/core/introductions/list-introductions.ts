import * as z from 'zod';
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

/** Enough history for a personal network; a larger one still gets suggestions from its recent years. */
const MAX_INTERACTIONS_READ = 50_000;
/** A big event's attendees have not all met one another. */
const MAX_PARTICIPANTS = 20;

/**
 * Introductions worth suggesting: needs meeting offers, minus pairs already
 * introduced, pairs you dismissed, and people who already know each other (one introduced the other, or both were in one interaction).
 */
export async function suggestIntroductions(deps: Deps, input: unknown = {}): Promise<IntroductionSuggestion[]> {
  const { limit } = parseInput(suggestIntroductionsSchema, input);
  const [people, introductions, dismissals] = await Promise.all([
    deps.repos.people.all(),
    deps.repos.introductions.list(),
    deps.repos.introductions.dismissals(),
  ]);
  const acquainted = new Set(introductions.map((intro) => pairKey(intro.personAId, intro.personBId)));
  // A dismissed pair is not suggested again.
  for (const dismissal of dismissals) acquainted.add(pairKey(dismissal.personAId, dismissal.personBId));
  for (const person of people) {
    if (person.introducedById) acquainted.add(pairKey(person.id, person.introducedById));
  }
  // People who were together in one interaction already know each other.
  for (const interaction of await deps.repos.interactions.list({ limit: MAX_INTERACTIONS_READ })) {
    const ids = interaction.personIds.slice(0, MAX_PARTICIPANTS);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) acquainted.add(pairKey(ids[i] as string, ids[j] as string));
    }
  }
  return suggestPairs(people, { acquainted, limit });
}
