import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import type { Person } from './schema.js';

export async function getPerson(deps: Deps, id: string): Promise<Person> {
  const person = await deps.repos.people.get(id);
  if (!person) throw new KithError('PERSON_NOT_FOUND', `No person with id ${id}`);
  return person;
}
