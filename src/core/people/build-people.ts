import { KithError } from '../errors.js';
import { buildPerson } from './create-person.js';
import type { PreparedIndexing } from './indexing.js';
import type { CreatePersonInput, Person } from './schema.js';

/** People are built and handed over this many at a time. */
export const CHUNK = 2000;
/** A chunk of people built, and, from the worker, their indexing computed beside them. */
export type BuiltChunk = { people: Person[]; prepared?: PreparedIndexing };

/** Builds one chunk; a bad input fails naming its position in the whole batch. */
export function buildChunk(inputs: readonly CreatePersonInput[], start: number, now: Date): Person[] {
  return inputs.map((input, index) => {
    try {
      return buildPerson(input, now);
    } catch (error) {
      if (error instanceof KithError) {
        throw new KithError(error.code, `person ${start + index + 1}: ${error.message}`, error.details);
      }
      throw error;
    }
  });
}
