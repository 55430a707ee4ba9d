import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import type { Person } from './schema.js';

/**
 * Finds the one person an id or a name refers to. A name shared by several people is an
 * error that lists them, so the caller can pick an id.
 */
export async function resolvePerson(deps: Deps, idOrName: string): Promise<Person> {
  const key = idOrName.trim();
  const byId = await deps.repos.people.get(key);
  if (byId) return byId;
  const matches = await deps.repos.people.findByName(key);
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
