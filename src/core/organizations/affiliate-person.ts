import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { getOrganization } from './resolve-organization.js';
import { type AffiliateInput, type Affiliation, affiliateSchema } from './schema.js';

/** Records a person's role at an organization, current or past; again for the same pair replaces it. */
export async function affiliatePerson(deps: Deps, organizationId: string, input: AffiliateInput): Promise<Affiliation> {
  const data = parseInput(affiliateSchema, input);
  return inTransaction(deps, async (tx) => {
    await getOrganization(tx, organizationId);
    await requireOwned(tx.repos, [{ field: 'personId', kind: 'person', ids: data.personId }]);
    await getPerson(tx, data.personId);
    const affiliation: Affiliation = {
      organizationId,
      personId: data.personId,
      role: data.role,
      current: data.current,
      createdAt: deps.now().toISOString(),
    };
    await tx.repos.organizations.saveAffiliation(affiliation);
    return affiliation;
  });
}
