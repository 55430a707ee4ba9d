import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreateOrganizationInput, createOrganizationSchema, type Organization } from './schema.js';

export async function createOrganization(deps: Deps, input: CreateOrganizationInput): Promise<Organization> {
  const data = parseInput(createOrganizationSchema, input);
  const at = deps.now().toISOString();
  const organization: Organization = { id: newId(), ...data, createdAt: at, updatedAt: at };
  await deps.repos.organizations.insert(organization);
  return organization;
}
