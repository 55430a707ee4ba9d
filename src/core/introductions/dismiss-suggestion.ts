import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { type Dismissal, type DismissSuggestionInput, dismissSuggestionSchema } from './schema.js';

/**
 * Dismisses a suggested pair, keeping what you said about it ("they already know each
 * other", "not a fit"): the pair is left out of suggestions from then on.
 */
export async function dismissSuggestion(deps: Deps, input: DismissSuggestionInput): Promise<Dismissal> {
  const data = parseInput(dismissSuggestionSchema, input);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [
      { field: 'personAId', kind: 'person', ids: data.personAId },
      { field: 'personBId', kind: 'person', ids: data.personBId },
    ]);
    await getPerson(tx, data.personAId);
    await getPerson(tx, data.personBId);
    const [personAId, personBId] = [data.personAId, data.personBId].sort() as [string, string];
    const dismissal: Dismissal = {
      personAId,
      personBId,
      feedback: data.feedback,
      dismissedAt: deps.now().toISOString(),
    };
    await tx.repos.introductions.dismiss(dismissal);
    return dismissal;
  });
}
