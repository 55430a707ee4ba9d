import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { buildPerson } from './build-person.js';
import type { CreatePersonInput, Person } from './schema.js';

// Building and validating a person are their own steps, used by imports and bulk creates too.
export { buildPerson, splitName } from './build-person.js';
export { parsePersonInput } from './parse-person-input.js';

export async function assertIntroducerExists(deps: Deps, introducedById: string | null | undefined): Promise<void> {
  if (!introducedById) return;
  if (!(await deps.repos.people.get(introducedById))) {
    throw new KithError('PERSON_NOT_FOUND', `introducedById: no person with id ${introducedById}`);
  }
}

/**
 * Adds one person: validates and builds them from the input (a bad field fails naming
 * it), checks the introducer is one of the owner's people, and stores them.
 */
export async function createPerson(deps: Deps, input: CreatePersonInput): Promise<Person> {
  const person = buildPerson(input, deps.now());
  await assertIntroducerExists(deps, person.introducedById);
  await deps.repos.people.insert([person]);
  return person;
}
