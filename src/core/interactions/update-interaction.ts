import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { getInteraction } from './get-interaction.js';
import { resolveOccurred } from './occurred.js';
import { assertNotFuture } from './record-interaction.js';
import { type Interaction, type UpdateInteractionInput, updateInteractionSchema } from './schema.js';

/** Partial update; the clocks of everyone it involved before or after are recomputed. */
export async function updateInteraction(deps: Deps, id: string, input: UpdateInteractionInput): Promise<Interaction> {
  const patch = parseInput(updateInteractionSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getInteraction(tx, id);
    const now = deps.now();
    let occurred = { occurredAt: current.occurredAt, occurredOn: current.occurredOn };
    if (patch.occurredAt !== undefined) {
      occurred = resolveOccurred(patch.occurredAt, now, (await userClock(tx.repos, now)).timeZone);
      await assertNotFuture(tx.repos, occurred.occurredOn, now);
    }
    await requireOwned(tx.repos, [
      { field: 'personIds', kind: 'person', ids: patch.personIds },
      { field: 'eventId', kind: 'event', ids: patch.eventId },
    ]);
    const updated: Interaction = {
      ...current,
      ...occurred,
      kind: patch.kind ?? current.kind,
      summary: patch.summary ?? current.summary,
      notes: patch.notes === undefined ? current.notes : patch.notes,
      eventId: patch.eventId === undefined ? current.eventId : patch.eventId,
      personIds: patch.personIds ?? current.personIds,
      updatedAt: now.toISOString(),
    };
    await tx.repos.interactions.save(updated);
    await tx.repos.interactions.refreshLastInteraction([...new Set([...current.personIds, ...updated.personIds])]);
    return updated;
  });
}
