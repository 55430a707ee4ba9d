import type { Deps } from '../repos.js';
import type { Organization } from './schema.js';

export async function listOrganizations(deps: Deps): Promise<Organization[]> {
  return deps.repos.organizations.list();
}
