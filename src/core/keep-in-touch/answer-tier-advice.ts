import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Tier } from '../people/schema.js';
import { updatePerson } from '../people/update-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { lowerTier } from './cadence.js';
import { type AnswerTierAdviceInput, answerTierAdviceSchema } from './schema.js';

/**
 * Answers tier-size advice: the people named move one tier down (inner → close for the
 * inner layer, close → regular for inner and close together), and the layer's size after
 * that is recorded, so the advice is not said again until the layer grows past it.
 */
export async function answerTierAdvice(
  deps: Deps,
  input: AnswerTierAdviceInput,
): Promise<{ tier: 'inner' | 'close'; moved: { id: string; name: string; tier: Tier }[]; size: number }> {
  const { tier, personIds } = parseInput(answerTierAdviceSchema, input);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [{ field: 'personIds', kind: 'person', ids: personIds }]);
    const from = tier;
    const toTier = lowerTier(from);
    const moved = [];
    for (const id of new Set(personIds)) {
      const person = await getPerson(tx, id);
      if (person.tier !== from || !toTier) {
        throw new KithError(
          'VALIDATION_FAILED',
          `personIds: ${person.displayName} is in the ${person.tier} tier, not ${from}`,
        );
      }
      const updated = await updatePerson(tx, person.id, { tier: toTier });
      moved.push({ id: updated.id, name: updated.displayName, tier: updated.tier });
    }
    const sizes = await tx.repos.todayPicks.tierSizes(['inner', 'close']);
    const size = tier === 'inner' ? sizes.inner : sizes.inner + sizes.close;
    const { today } = await userClock(tx.repos, deps.now());
    await tx.repos.todayPicks.answerTierAdvice(tier, size, today);
    return { tier, moved, size };
  });
}
