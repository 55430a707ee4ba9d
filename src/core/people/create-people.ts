import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { buildPerson } from './create-person.js';
import type { CreatePersonInput, Person } from './schema.js';

/**
 * Creates many people in one transaction: all are validated first, so a bad one
 * (named by its position) stores none of them.
 */
export async function createPeople(deps: Deps, inputs: readonly CreatePersonInput[]): Promise<Person[]> {
  const now = deps.now();
  const people = inputs.map((input, index) => {
    try {
      return buildPerson(input, now);
    } catch (error) {
      if (error instanceof KithError) {
        throw new KithError(error.code, `person ${index + 1}: ${error.message}`, error.details);
      }
      throw error;
    }
  });
  await deps.repos.transaction((repos) => repos.people.insert(people));
  return people;
}
