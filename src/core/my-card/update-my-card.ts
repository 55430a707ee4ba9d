import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { CARD_FIELDS } from './constants.js';
import { currentCard, viewOf } from './get-my-card.js';
import { type MyCard, type MyCardView, type UpdateMyCardInput, updateMyCardSchema } from './schema.js';

/**
 * Changes what the input names. A card needs a name (a vCard without one is unreadable to
 * most address books); the shown fields keep the card's order whatever order they came in.
 */
export async function updateMyCard(deps: Deps, input: UpdateMyCardInput): Promise<MyCardView> {
  const patch = parseInput(updateMyCardSchema, input);
  return deps.repos.transaction(async (repos) => {
    const current = await currentCard(repos);
    const shown = patch.shown ?? current.shown;
    const card: MyCard = {
      ...current,
      ...patch,
      shown: CARD_FIELDS.filter((field) => shown.includes(field)),
    };
    if (!card.name) {
      throw new KithError('VALIDATION_FAILED', 'name: your card needs your name', {
        issues: [{ field: 'name', message: 'your card needs your name' }],
      });
    }
    await repos.myCard.saveCard(card, deps.now().toISOString());
    return viewOf(repos, card);
  });
}
