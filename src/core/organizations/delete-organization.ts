import type { Deps } from '../repos.js';
import { getOrganization } from './resolve-organization.js';
import type { DeleteOrganizationResult } from './schema.js';

/**
 * Deletes an organization and nothing else: people keep their records, its events stay
 * (without an organization), and the result says what was unlinked.
 */
export async function deleteOrganization(deps: Deps, id: string): Promise<DeleteOrganizationResult> {
  return deps.repos.transaction(async (repos) => {
    const organization = await getOrganization({ ...deps, repos }, id);
    const events = await repos.events.clearOrganization(id);
    // the renewal reminder was only the organization's
    if (organization.membership?.reminderId) await repos.reminders.remove(organization.membership.reminderId);
    const { affiliations } = await repos.organizations.remove(id);
    return { organization, unlinked: { affiliations, events } };
  });
}
