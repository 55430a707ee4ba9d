import type { Deps } from '../repos.js';
import type { Page } from '../shared/pagination.js';
import { parseInput } from '../shared/validate.js';
import { listPeople, searchPeople } from './list-people.js';
import { type FindPeopleInput, findPeopleSchema, type Person } from './schema.js';

/** A search answers at most this many, ranked: it has no next page. */
const SEARCH_LIMIT = 200;

/**
 * People as `kith people list` and `GET /people` show them: with `q`, the best ranked
 * matches (at most 200, no next page), archived people among them unless `archived` is
 * `exclude`; without, the filtered list a page at a time.
 */
export async function findPeople(deps: Deps, input: FindPeopleInput = {}): Promise<Page<Person>> {
  const { q, ...filter } = parseInput(findPeopleSchema, input);
  if (!q?.trim()) return listPeople(deps, filter);
  const items = await searchPeople(deps, {
    query: q,
    tier: filter.tier,
    tag: filter.tag,
    topic: filter.topic,
    company: filter.company,
    limit: Math.min(filter.limit, SEARCH_LIMIT),
    includeArchived: filter.archived !== 'exclude',
  });
  return { items, nextCursor: null };
}
