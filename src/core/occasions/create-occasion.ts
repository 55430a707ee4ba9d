import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreateOccasionInput, createOccasionSchema, type StoredOccasion } from './schema.js';

export async function createOccasion(deps: Deps, input: CreateOccasionInput): Promise<StoredOccasion> {
  const data = parseInput(createOccasionSchema, input);
  return inTransaction(deps, async (tx) => {
    await getPerson(tx, data.personId);
    const occasion: StoredOccasion = { id: newId(), ...data, createdAt: deps.now().toISOString() };
    await tx.repos.occasions.insert(occasion);
    // The person's address-book card carries their occasions: a phone is to fetch it again.
    await tx.repos.people.markCardsChanged([occasion.personId]);
    return occasion;
  });
}
