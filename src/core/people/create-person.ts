import type { Deps } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { buildPerson } from './build-person.js';
import { type CreatePersonInput, type Person, requireTypedPhones } from './schema.js';

// Building and validating a person are their own steps, used by imports and bulk creates too.
export { buildPerson, splitName } from './build-person.js';

/**
 * Adds one person: validates and builds them from the input (a bad field fails naming
 * it), checks the introducer is one of the owner's people, and stores them.
 */
export async function createPerson(deps: Deps, input: CreatePersonInput): Promise<Person> {
  const person = buildPerson(input, deps.now());
  requireTypedPhones(person.phones, []);
  await requireOwned(deps.repos, [{ field: 'introducedById', kind: 'person', ids: person.introducedById }]);
  await deps.repos.people.insert([person]);
  return person;
}
