import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { getOrganization } from './resolve-organization.js';
import { type AffiliateInput, type Affiliation, affiliateSchema } from './schema.js';

/** Records a person's role at an organization, current or past; again for the same pair replaces it. */
export async function affiliatePerson(deps: Deps, organizationId: string, input: AffiliateInput): Promise<Affiliation> {
  const data = parseInput(affiliateSchema, input);
  return deps.repos.transaction(async (repos) => {
    const scoped = { ...deps, repos };
    await getOrganization(scoped, organizationId);
    await requireOwned(repos, [{ field: 'personId', kind: 'person', ids: data.personId }]);
    await getPerson(scoped, data.personId);
    const affiliation: Affiliation = {
      organizationId,
      personId: data.personId,
      role: data.role,
      current: data.current,
      createdAt: deps.now().toISOString(),
    };
    await repos.organizations.saveAffiliation(affiliation);
    return affiliation;
  });
}
