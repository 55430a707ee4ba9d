import * as z from 'zod';
import type { PhotoRecord } from '../../formats/photo.js';

/**
 * A person's photo: the picture kith keeps (resized, JPEG or WebP), or the address of a
 * picture elsewhere (a card's `PHOTO;VALUE=uri`), kept as a link and never fetched.
 */
export type PersonPhoto = PhotoRecord;

/** What the API and CLI say about a photo (the picture itself is served apart). */
export const photoInfoSchema = z.object({
  personId: z.string(),
  kind: z.enum(['image', 'link']),
  contentType: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  url: z.string().nullable(),
  hash: z.string(),
  updatedAt: z.string(),
});
export type PhotoInfo = z.output<typeof photoInfoSchema>;

export function photoInfo(photo: PersonPhoto): PhotoInfo {
  return photo.kind === 'image'
    ? {
        personId: photo.personId,
        kind: 'image',
        contentType: photo.contentType,
        width: photo.width,
        height: photo.height,
        url: null,
        hash: photo.hash,
        updatedAt: photo.updatedAt,
      }
    : {
        personId: photo.personId,
        kind: 'link',
        contentType: null,
        width: null,
        height: null,
        url: photo.url,
        hash: photo.hash,
        updatedAt: photo.updatedAt,
      };
}
