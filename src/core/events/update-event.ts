import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { checkEvent } from './rules.js';
import { type KithEvent, type UpdateEventInput, updateEventSchema } from './schema.js';

/** Partial update: only the fields present in the input change. */
export async function updateEvent(deps: Deps, id: string, input: UpdateEventInput): Promise<KithEvent> {
  const patch = parseInput(updateEventSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getEvent(tx, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const updated: KithEvent = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    checkEvent(updated);
    await requireOwned(tx.repos, [{ field: 'organizationId', kind: 'organization', ids: patch.organizationId }]);
    await tx.repos.events.save(updated);
    return updated;
  });
}
