import { type Deps, inTransaction } from '../repos.js';
import { getOrganization } from './resolve-organization.js';
import type { DeleteOrganizationResult } from './schema.js';

/**
 * Deletes an organization and nothing else: people keep their records, its events stay
 * (without an organization), and the result says what was unlinked.
 */
export async function deleteOrganization(deps: Deps, id: string): Promise<DeleteOrganizationResult> {
  return inTransaction(deps, async (tx) => {
    const organization = await getOrganization(tx, id);
    const events = await tx.repos.events.clearOrganization(id);
    // the renewal reminder was only the organization's
    if (organization.membership?.reminderId) await tx.repos.reminders.remove(organization.membership.reminderId);
    const { affiliations } = await tx.repos.organizations.remove(id);
    return { organization, unlinked: { affiliations, events } };
  });
}
