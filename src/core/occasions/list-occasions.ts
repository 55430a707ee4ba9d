import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import type { StoredOccasion } from './schema.js';

export async function listOccasions(deps: Deps, personId: string): Promise<StoredOccasion[]> {
  await getPerson(deps, personId);
  return deps.repos.occasions.listForPerson(personId);
}
