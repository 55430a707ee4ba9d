import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreateOccasionInput, createOccasionSchema, type StoredOccasion } from './schema.js';

export async function createOccasion(deps: Deps, input: CreateOccasionInput): Promise<StoredOccasion> {
  const data = parseInput(createOccasionSchema, input);
  return deps.repos.transaction(async (repos) => {
    await getPerson({ ...deps, repos }, data.personId);
    const occasion: StoredOccasion = { id: newId(), ...data, createdAt: deps.now().toISOString() };
    await repos.occasions.insert(occasion);
    return occasion;
  });
}

export async function listOccasions(deps: Deps, personId: string): Promise<StoredOccasion[]> {
  await getPerson(deps, personId);
  return deps.repos.occasions.listForPerson(personId);
}

export async function deleteOccasion(deps: Deps, id: string): Promise<StoredOccasion> {
  return deps.repos.transaction(async (repos) => {
    const occasion = await repos.occasions.get(id);
    if (!occasion) throw new KithError('OCCASION_NOT_FOUND', `No occasion with id ${id}`);
    await repos.occasions.remove(id);
    return occasion;
  });
}
