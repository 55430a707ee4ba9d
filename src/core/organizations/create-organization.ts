import { type Deps, inTransaction } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { withRenewalReminder } from './renewal-reminder.js';
import { type CreateOrganizationInput, createOrganizationSchema, type Organization } from './schema.js';

export async function createOrganization(deps: Deps, input: CreateOrganizationInput): Promise<Organization> {
  const { membership, ...data } = parseInput(createOrganizationSchema, input);
  const at = deps.now().toISOString();
  return inTransaction(deps, async (tx) => {
    const fields = { id: newId(), ...data, createdAt: at, updatedAt: at };
    const organization: Organization = {
      ...fields,
      membership: await withRenewalReminder(tx, fields, membership, null),
    };
    await tx.repos.organizations.insert(organization);
    return organization;
  });
}
