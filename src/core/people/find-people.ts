import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { decodeCursor, encodeCursor, type Page } from '../shared/pagination.js';
import { parseInput } from '../shared/validate.js';
import { listPeople, searchPeople } from './list-people.js';
import { type FindPeopleInput, findPeopleSchema, type Person } from './schema.js';

/** A search ranks at most this many matches, a page at a time. */
const SEARCH_LIMIT = 200;

/** A search's page when the caller names no limit: what a person typing reads first (ADR 0042). */
const SEARCH_PAGE = 20;

/** The list's page when the caller names no limit. */
const LIST_PAGE = 100;

/** A search's next page: its query and how many matches come before it, so it cannot continue another search. */
function searchCursor(q: string, offset: number): string {
  return encodeCursor(['search', q, offset]);
}

function searchOffset(cursor: string | undefined, q: string): number {
  if (cursor === undefined) return 0;
  const [kind, query, offset] = decodeCursor(cursor);
  if (kind !== 'search' || query !== q || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new KithError('VALIDATION_FAILED', 'cursor: is not the next page of this search');
  }
  return offset;
}

/**
 * People as `kith people list` and `GET /people` show them: with `q`, the best ranked
 * matches (at most 200, 20 a page unless `limit` says); without, the filtered list a page
 * at a time. Either way `archived` says whether archived people are left out (the
 * default), listed alone (`only`) or among the others (`include`).
 */
export async function findPeople(deps: Deps, input: FindPeopleInput = {}): Promise<Page<Person>> {
  const { q, limit, cursor, ...filter } = parseInput(findPeopleSchema, input);
  const query = q?.trim();
  if (!query) {
    if (cursor && decodeCursor(cursor)[0] === 'search') {
      throw new KithError('VALIDATION_FAILED', 'cursor: is the next page of a search; send its q');
    }
    return listPeople(deps, { ...filter, limit: limit ?? LIST_PAGE, cursor });
  }
  const offset = searchOffset(cursor, query);
  const end = Math.min(offset + (limit ?? SEARCH_PAGE), SEARCH_LIMIT);
  // One more than the page shows whether another follows.
  const found = await searchPeople(deps, {
    query,
    tier: filter.tier,
    tag: filter.tag,
    topic: filter.topic,
    company: filter.company,
    limit: Math.min(end + 1, SEARCH_LIMIT),
    archived: filter.archived,
  });
  return { items: found.slice(offset, end), nextCursor: found.length > end ? searchCursor(query, end) : null };
}
