import { expect, it } from 'vitest';
import type { Interaction } from '../../src/core/interactions/schema.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { addDays } from '../../src/core/shared/dates.js';
import { newId } from '../../src/core/shared/ids.js';
import { type createOwner, describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

describeEachDatabase('interactions written in bulk', (kind) => {
  let deps: Awaited<ReturnType<typeof createOwner>>;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps } = fresh);
  });

  // More than one batch of each path (PostgreSQL writes column arrays past 500 rows).
  it('stores every interaction and participant, nulls included, and the last day per person', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const grace = await createPerson(deps, { displayName: 'Grace' });
    const at = '2026-01-01T00:00:00.000Z';
    const interactions: Interaction[] = Array.from({ length: 1_203 }, (_, index) => ({
      id: newId(),
      occurredAt: addDays('2024-01-01', index),
      occurredOn: addDays('2024-01-01', index),
      kind: 'call',
      summary: `call ${index}`,
      notes: index % 2 === 0 ? null : `notes ${index}`,
      eventId: null,
      personIds: index % 3 === 0 ? [ada.id, grace.id] : [ada.id],
      createdAt: at,
      updatedAt: at,
    }));
    await deps.repos.transaction(async (repos) => {
      await repos.interactions.insert(interactions);
      await repos.interactions.refreshLastInteraction([ada.id, grace.id]);
    });
    const stored = await deps.repos.interactions.list({ limit: 2_000 });
    expect(stored).toHaveLength(1_203);
    const byId = new Map(stored.map((interaction) => [interaction.id, interaction]));
    for (const interaction of [interactions[0], interactions[1], interactions[1_202]]) {
      expect(byId.get(interaction?.id ?? '')).toEqual({
        ...interaction,
        personIds: [...(interaction?.personIds ?? [])].sort(),
      });
    }
    expect(stored.filter((interaction) => interaction.personIds.includes(grace.id))).toHaveLength(401);
    expect((await deps.repos.keepInTouch.state(ada.id)).lastInteractionOn).toBe(addDays('2024-01-01', 1_202));
    const state = await deps.repos.keepInTouch.state(grace.id);
    expect(state.lastInteractionOn).toBe(addDays('2024-01-01', 1_200));
  });
});
