import { type Deps, inTransaction } from '../repos.js';
import { getInteraction } from './get-interaction.js';
import type { Interaction } from './schema.js';

/** Deletes an interaction; its people's clocks fall back to their previous interaction. */
export async function deleteInteraction(deps: Deps, id: string): Promise<Interaction> {
  return inTransaction(deps, async (tx) => {
    const interaction = await getInteraction(tx, id);
    await tx.repos.interactions.remove(id);
    await tx.repos.interactions.refreshLastInteraction(interaction.personIds);
    return interaction;
  });
}
