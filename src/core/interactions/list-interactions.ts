import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type Interaction, type ListInteractionsInput, listInteractionsSchema } from './schema.js';

/** Newest first; with personId, only that person's (who must exist). */
export async function listInteractions(deps: Deps, input: ListInteractionsInput = {}): Promise<Interaction[]> {
  const filter = parseInput(listInteractionsSchema, input);
  if (filter.personId && !(await deps.repos.people.get(filter.personId))) {
    throw new KithError('PERSON_NOT_FOUND', `No person with id ${filter.personId}`);
  }
  return deps.repos.interactions.list(filter);
}
