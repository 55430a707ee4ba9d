import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';

/** Removes a person's photo (their card changes too); PHOTO_NOT_FOUND when they have none. */
export async function removePersonPhoto(deps: Deps, personId: string): Promise<void> {
  await deps.repos.transaction(async (repos) => {
    const person = await getPerson({ ...deps, repos }, personId);
    if (!(await repos.photos.remove(personId))) {
      throw new KithError('PHOTO_NOT_FOUND', `${person.displayName} has no photo`);
    }
    await repos.people.markCardsChanged([personId]);
  });
}
