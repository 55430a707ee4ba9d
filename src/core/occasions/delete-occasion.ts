import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import type { StoredOccasion } from './schema.js';

export async function deleteOccasion(deps: Deps, id: string): Promise<StoredOccasion> {
  return deps.repos.transaction(async (repos) => {
    const occasion = await repos.occasions.get(id);
    if (!occasion) throw new KithError('OCCASION_NOT_FOUND', `No occasion with id ${id}`);
    await repos.occasions.remove(id);
    // The person's address-book card carries their occasions: a phone is to fetch it again.
    await repos.people.markCardsChanged([occasion.personId]);
    return occasion;
  });
}
