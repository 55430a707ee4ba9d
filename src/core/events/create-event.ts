import { getOrganization } from '../organizations/resolve-organization.js';
import { type Deps, inTransaction } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { checkEvent } from './rules.js';
import { type CreateEventInput, createEventSchema, type KithEvent } from './schema.js';

export async function assertOrganizationExists(deps: Deps, organizationId: string | null | undefined): Promise<void> {
  if (organizationId) await getOrganization(deps, organizationId);
}

export async function createEvent(deps: Deps, input: CreateEventInput): Promise<KithEvent> {
  const data = parseInput(createEventSchema, input);
  const at = deps.now().toISOString();
  const event: KithEvent = { id: newId(), ...data, createdAt: at, updatedAt: at };
  checkEvent(event);
  return inTransaction(deps, async (tx) => {
    await assertOrganizationExists(tx, event.organizationId);
    await tx.repos.events.insert(event);
    return event;
  });
}
