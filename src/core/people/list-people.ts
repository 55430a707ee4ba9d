import type { Deps } from '../repos.js';
import type { Page } from '../shared/pagination.js';
import { parseInput } from '../shared/validate.js';
import { type Person, personFilterSchema, type SearchPeopleInput, searchPeopleSchema } from './schema.js';

export async function listPeople(deps: Deps, filter: unknown = {}): Promise<Page<Person>> {
  return deps.repos.people.list(parseInput(personFilterSchema, filter));
}

/** Full-text search over names, company, title, emails, tags, topics and notes; names rank first. */
export async function searchPeople(deps: Deps, input: SearchPeopleInput): Promise<Person[]> {
  return deps.repos.people.search(parseInput(searchPeopleSchema, input));
}
