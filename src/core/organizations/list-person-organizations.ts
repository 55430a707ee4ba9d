import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import type { PersonOrganization } from './schema.js';

/** The organizations a person is affiliated with, current ones first, then by name. */
export async function listPersonOrganizations(deps: Deps, personId: string): Promise<PersonOrganization[]> {
  const person = await getPerson(deps, personId);
  const affiliations = await deps.repos.organizations.affiliations({ personId: person.id });
  const found: PersonOrganization[] = [];
  for (const affiliation of affiliations) {
    const organization = await deps.repos.organizations.get(affiliation.organizationId);
    if (organization) found.push({ organization, affiliation });
  }
  return found.sort(
    (a, b) =>
      Number(b.affiliation.current) - Number(a.affiliation.current) ||
      a.organization.name.localeCompare(b.organization.name),
  );
}
