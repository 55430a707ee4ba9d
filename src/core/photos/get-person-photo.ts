import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { type PersonPhoto, type PhotoInfo, photoInfo } from './schema.js';

/** A person's photo; PERSON_NOT_FOUND for no such person of this owner, PHOTO_NOT_FOUND when they have none. */
export async function getPersonPhoto(deps: Deps, personId: string): Promise<PersonPhoto> {
  const person = await getPerson(deps, personId);
  const photo = await deps.repos.photos.get(personId);
  if (!photo) throw new KithError('PHOTO_NOT_FOUND', `${person.displayName} has no photo`);
  return photo;
}

/** Which people have a photo, with its version: the web shows avatars from this. */
export async function listPhotoVersions(deps: Deps): Promise<{ personId: string; hash: string }[]> {
  return deps.repos.photos.versions();
}

/** What a person's photo is, or null when they have none; PERSON_NOT_FOUND for no such person of this owner. */
export async function findPhotoInfo(deps: Deps, personId: string): Promise<PhotoInfo | null> {
  await getPerson(deps, personId);
  const photo = await deps.repos.photos.get(personId);
  return photo ? photoInfo(photo) : null;
}
