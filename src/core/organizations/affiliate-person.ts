import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { getOrganization } from './resolve-organization.js';
import { type AffiliateInput, type AffiliateResult, type Affiliation, affiliateSchema } from './schema.js';

/**
 * Records a person's role at an organization, current or past. Again for the same pair
 * replaces it (someone has one place in an organization), and says what it was, so the
 * web and the CLI can tell "already a member; role changed" from "added".
 */
export async function affiliatePerson(
  deps: Deps,
  organizationId: string,
  input: AffiliateInput,
): Promise<AffiliateResult> {
  const data = parseInput(affiliateSchema, input);
  return inTransaction(deps, async (tx) => {
    await getOrganization(tx, organizationId);
    await requireOwned(tx.repos, [{ field: 'personId', kind: 'person', ids: data.personId }]);
    await getPerson(tx, data.personId);
    const [existing] = await tx.repos.organizations.affiliations({ organizationId, personId: data.personId });
    const affiliation: Affiliation = {
      organizationId,
      personId: data.personId,
      role: data.role,
      current: data.current,
      createdAt: existing?.createdAt ?? deps.now().toISOString(),
    };
    await tx.repos.organizations.saveAffiliation(affiliation);
    return { ...affiliation, previous: existing ? { role: existing.role, current: existing.current } : null };
  });
}
