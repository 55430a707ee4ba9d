import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { matchByName } from '../shared/match-name.js';
import type { Organization } from './schema.js';

export async function getOrganization(deps: Deps, id: string): Promise<Organization> {
  const organization = await deps.repos.organizations.get(id);
  if (!organization) throw new KithError('ORGANIZATION_NOT_FOUND', `No organization with id ${id}`);
  return organization;
}

/** The one organization an id or a name refers to; several matches list their ids. */
export async function resolveOrganization(deps: Deps, idOrName: string): Promise<Organization> {
  const key = idOrName.trim();
  const byId = await deps.repos.organizations.get(key);
  if (byId) return byId;
  const matches = matchByName(await deps.repos.organizations.list(), key, (o) => o.name);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    const candidates = matches.map((o) => ({ id: o.id, name: o.name }));
    const listed = candidates.map((c) => `${c.id} (${c.name})`).join('; ');
    throw new KithError('AMBIGUOUS_NAME', `"${key}" matches ${matches.length} organizations, use an id: ${listed}`, {
      candidates,
    });
  }
  throw new KithError('ORGANIZATION_NOT_FOUND', `No organization with id or name "${key}"`);
}
