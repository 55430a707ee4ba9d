import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { buildPerson } from './create-person.js';
import type { CreatePersonInput, Person } from './schema.js';

/** Builds one person of a batch; a bad input fails naming its position in the batch. */
function buildAt(input: CreatePersonInput, index: number, now: Date): Person {
  try {
    return buildPerson(input, now);
  } catch (error) {
    if (error instanceof KithError) {
      throw new KithError(error.code, `person ${index + 1}: ${error.message}`, error.details);
    }
    throw error;
  }
}

/**
 * Creates many people at once (seeding, the demo network, benchmarks): all are built
 * first, so a bad one (named by its position) stores none of them, then written in one
 * transaction. In this thread: nobody waits on a bulk create (ADR 0047).
 */
export async function createPeople(deps: Deps, inputs: readonly CreatePersonInput[]): Promise<Person[]> {
  const now = deps.now();
  const people = inputs.map((input, index) => buildAt(input, index, now));
  await deps.repos.people.insert(people);
  return people;
}
