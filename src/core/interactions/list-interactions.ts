import type { Deps } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { type Interaction, type ListInteractionsInput, listInteractionsSchema } from './schema.js';

/** Newest first; with personId, only that person's (who must exist). */
export async function listInteractions(deps: Deps, input: ListInteractionsInput = {}): Promise<Interaction[]> {
  const filter = parseInput(listInteractionsSchema, input);
  await requireOwned(deps.repos, [{ field: 'personId', kind: 'person', ids: filter.personId }]);
  return deps.repos.interactions.list(filter);
}
