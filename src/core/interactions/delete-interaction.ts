import type { Deps } from '../repos.js';
import { getInteraction } from './get-interaction.js';
import type { Interaction } from './schema.js';

/** Deletes an interaction; its people's clocks fall back to their previous interaction. */
export async function deleteInteraction(deps: Deps, id: string): Promise<Interaction> {
  return deps.repos.transaction(async (repos) => {
    const interaction = await getInteraction({ ...deps, repos }, id);
    await repos.interactions.remove(id);
    await repos.interactions.refreshLastInteraction(interaction.personIds);
    return interaction;
  });
}
