import { type Deps, inTransaction } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { withRenewalReminder } from './renewal-reminder.js';
import { getOrganization } from './resolve-organization.js';
import {
  type JoinOrganizationInput,
  joinOrganizationSchema,
  type Organization,
  type UpdateOrganizationInput,
  updateOrganizationSchema,
} from './schema.js';

/** Partial update: only the fields present in the input change (membership: null ends it). */
export async function updateOrganization(
  deps: Deps,
  id: string,
  input: UpdateOrganizationInput,
): Promise<Organization> {
  const { membership, ...patch } = parseInput(updateOrganizationSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getOrganization(tx, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const fields = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    const updated: Organization = {
      ...fields,
      membership:
        membership === undefined
          ? current.membership
          : await withRenewalReminder(tx, fields, membership, current.membership),
    };
    await tx.repos.organizations.save(updated);
    return updated;
  });
}

/** Records (or changes) your own membership: role, since when, and when it renews (a reminder). */
export async function joinOrganization(deps: Deps, id: string, input: JoinOrganizationInput): Promise<Organization> {
  const membership = parseInput(joinOrganizationSchema, input);
  return updateOrganization(deps, id, { membership });
}
