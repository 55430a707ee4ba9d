import { KithError } from '../errors.js';
import { createPeople } from '../people/create-people.js';
import type { Deps } from '../repos.js';
import { generateNetwork } from './generate-network.js';

export const DEMO_SIZE = 40;

/** Fills an empty network with a small demo one a newcomer can explore; refuses to touch a network in use. */
export async function loadDemo(deps: Deps): Promise<{ people: number }> {
  if ((await deps.repos.people.count()) > 0) {
    throw new KithError('NOT_EMPTY', 'The demo fills an empty network only; this one already has people');
  }
  const people = await createPeople(deps, generateNetwork({ people: DEMO_SIZE, seed: 2026 }));
  return { people: people.length };
}
