import type { Deps } from '../repos.js';
import type { Page } from '../shared/pagination.js';
import { parseInput } from '../shared/validate.js';
import {
  type Person,
  type PersonFilter,
  personFilterSchema,
  type SearchPeopleInput,
  searchPeopleSchema,
} from './schema.js';

export async function listPeople(deps: Deps, filter: unknown = {}): Promise<Page<Person>> {
  return deps.repos.people.list(parseInput(personFilterSchema, filter));
}

/** How many ranked matches a filtered search narrows: search ranks by text, the filters then keep what fits. */
const FILTERED_SEARCH_WINDOW = 200;

type TextFilter = Pick<PersonFilter, 'tier' | 'tag' | 'topic' | 'company'>;

function includesFolded(values: readonly string[], wanted: string): boolean {
  const needle = wanted.toLowerCase();
  return values.some((value) => value.toLowerCase() === needle);
}

/** The list's filters, applied to one person: tags and topics match whole, the company by a part of its name. */
export function matchesFilter(person: Person, filter: TextFilter): boolean {
  if (filter.tier && person.tier !== filter.tier) return false;
  if (filter.tag && !includesFolded(person.tags, filter.tag)) return false;
  if (filter.topic && !includesFolded(person.topics, filter.topic)) return false;
  if (filter.company && !(person.company ?? '').toLowerCase().includes(filter.company.toLowerCase())) return false;
  return true;
}

/**
 * Full-text search over names, company, title, emails, tags, topics and notes; names rank
 * first. With tier, tag, topic or company, the best 200 matches are narrowed to those that fit.
 */
export async function searchPeople(deps: Deps, input: SearchPeopleInput): Promise<Person[]> {
  const { query, limit, archived, ...filter } = parseInput(searchPeopleSchema, input);
  const filtered = Object.values(filter).some(Boolean);
  const found = await deps.repos.people.search({
    query,
    archived,
    limit: filtered ? FILTERED_SEARCH_WINDOW : limit,
  });
  return filtered ? found.filter((person) => matchesFilter(person, filter)).slice(0, limit) : found;
}
