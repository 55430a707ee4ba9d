import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { checkEvent } from './rules.js';
import { type CreateEventInput, createEventSchema, type KithEvent } from './schema.js';

export async function createEvent(deps: Deps, input: CreateEventInput): Promise<KithEvent> {
  const data = parseInput(createEventSchema, input);
  const at = deps.now().toISOString();
  const event: KithEvent = { id: newId(), ...data, talkItemId: null, createdAt: at, updatedAt: at };
  checkEvent(event);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [{ field: 'organizationId', kind: 'organization', ids: event.organizationId }]);
    await tx.repos.events.insert(event);
    return event;
  });
}
