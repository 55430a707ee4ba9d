import { PhotoError, type PhotoSource, pictureHash, preparePicture } from '../../formats/photo.js';
import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { type PersonPhoto, type PhotoInfo, photoInfo } from './schema.js';

/** A photo ready to store for a person: the picture resized (`preparePicture`'s errors), or the link as it is. */
export async function preparePhoto(
  personId: string,
  source: PhotoSource | Uint8Array,
  now: Date,
): Promise<PersonPhoto> {
  const updatedAt = now.toISOString();
  if (!(source instanceof Uint8Array) && source.kind === 'link') {
    if (!/^https?:\/\/\S+$/i.test(source.url) || source.url.length > 2000) {
      throw new KithError('VALIDATION_FAILED', 'A photo link must be an http(s) address of at most 2000 characters');
    }
    return { personId, kind: 'link', url: source.url, hash: pictureHash(source.url), updatedAt };
  }
  const bytes = source instanceof Uint8Array ? source : Buffer.from(source.data, 'base64');
  const picture = await preparePicture(bytes).catch((error: unknown) => {
    throw error instanceof PhotoError ? new KithError(error.code, error.message, error.details) : error;
  });
  return {
    personId,
    kind: 'image',
    contentType: picture.contentType,
    data: picture.data.toString('base64'),
    width: picture.width,
    height: picture.height,
    hash: picture.hash,
    updatedAt,
  };
}

/**
 * Stores a prepared photo for a person (unchanged when it is the one they have) and gives
 * their address-book card a new revision, so phones fetch it. True when it changed.
 */
export async function storePhoto(repos: OwnerRepos, photo: PersonPhoto): Promise<boolean> {
  const current = await repos.photos.get(photo.personId);
  if (current && current.hash === photo.hash && current.kind === photo.kind) return false;
  await repos.photos.save(photo);
  await repos.people.markCardsChanged([photo.personId]);
  return true;
}

/** What a picture may be sent as over HTTP: an image type, or bytes of no stated type. */
const PICTURE_TYPE = /^(?:image\/[\w.+-]+|application\/octet-stream)\s*(?:;|$)/i;

/**
 * Sets or replaces a person's photo from a picture's bytes: resized to at most 512 px
 * (an unknown person, 404, checked first; sent as another type than a picture, 415; too
 * large, 413; not a picture, 422). `contentType` is the type it was sent as, when it came
 * over HTTP. Nothing is written on error.
 */
export async function setPersonPhoto(
  deps: Deps,
  personId: string,
  bytes: unknown,
  contentType?: string,
): Promise<PhotoInfo> {
  await getPerson(deps, personId);
  if ((contentType !== undefined && !PICTURE_TYPE.test(contentType)) || !(bytes instanceof Uint8Array)) {
    throw new KithError(
      'UNSUPPORTED_MEDIA',
      "Send the picture's bytes with Content-Type: image/jpeg (or image/png, image/webp, …)",
    );
  }
  const photo = await preparePhoto(personId, bytes, deps.now());
  return deps.repos.transaction(async (repos) => {
    await getPerson({ ...deps, repos }, personId);
    await storePhoto(repos, photo);
    return photoInfo(photo);
  });
}
