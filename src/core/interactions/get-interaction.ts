import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import type { Interaction } from './schema.js';

export async function getInteraction(deps: Deps, id: string): Promise<Interaction> {
  const interaction = await deps.repos.interactions.get(id);
  if (!interaction) throw new KithError('INTERACTION_NOT_FOUND', `No interaction with id ${id}`);
  return interaction;
}
