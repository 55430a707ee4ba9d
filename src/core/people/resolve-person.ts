import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { foldText, searchTerms } from '../shared/text.js';
import type { Person } from './schema.js';

/** Exact names first; failing those, people whose name contains every word given ("ada" → Ada Okafor). */
async function findCandidates(deps: Deps, key: string): Promise<Person[]> {
  const exact = await deps.repos.people.findByName(key);
  if (exact.length > 0) return exact;
  const terms = searchTerms(key);
  if (terms.length === 0) return [];
  const found = await deps.repos.people.search({ query: key, limit: 20, archived: 'include' });
  return found.filter((person) => {
    const name = foldText([person.displayName, person.nickname].filter(Boolean).join(' '));
    return terms.every((term) => name.includes(term));
  });
}

/**
 * Finds the one person an id or a name refers to. A name shared by several people is an
 * error that lists them, so the caller can pick an id.
 */
export async function resolvePerson(deps: Deps, idOrName: string): Promise<Person> {
  const key = idOrName.trim();
  const byId = await deps.repos.people.get(key);
  if (byId) return byId;
  const matches = await findCandidates(deps, key);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    const candidates = matches.map((person) => ({
      id: person.id,
      name: person.displayName,
      company: person.company,
    }));
    const listed = candidates.map((c) => `${c.id} (${c.name}${c.company ? `, ${c.company}` : ''})`).join('; ');
    throw new KithError('AMBIGUOUS_NAME', `"${key}" matches ${matches.length} people, use an id: ${listed}`, {
      candidates,
    });
  }
  throw new KithError('PERSON_NOT_FOUND', `No person with id or name "${key}"`);
}
