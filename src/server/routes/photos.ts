import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { KithError } from '../../core/errors.js';
import { findPhotoInfo, getPersonPhoto, listPhotoVersions } from '../../core/photos/get-person-photo.js';
import { removePersonPhoto } from '../../core/photos/remove-person-photo.js';
import { photoInfoSchema } from '../../core/photos/schema.js';
import { setPersonPhoto } from '../../core/photos/set-person-photo.js';
import { MAX_PHOTO_BYTES } from '../../formats/photo.js';

const idParams = z.object({ id: z.string().max(64) });

/**
 * People's photos. The picture is sent and served as its bytes (`image/*`); its version is
 * a strong ETag, so a browser revalidates with If-None-Match and gets 304.
 */
export const photoRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['people'];
  // Any type is read as bytes here, so a wrong one gets this plugin's own words, not the JSON parser's.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES + 1 }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/photos',
    {
      schema: {
        tags,
        summary: 'Who has a photo, with its version (for avatars)',
        response: { 200: z.object({ items: z.array(z.object({ personId: z.string(), hash: z.string() })) }) },
      },
    },
    async (request) => ({ items: await listPhotoVersions(request.deps) }),
  );

  app.get(
    '/people/:id/photo',
    { schema: { tags, summary: "A person's photo (the picture's bytes)", params: idParams } },
    async (request, reply) => {
      const photo = await getPersonPhoto(request.deps, request.params.id);
      if (photo.kind === 'link') {
        throw new KithError('PHOTO_NOT_FOUND', `This photo is a link kith does not fetch: ${photo.url}`, {
          url: photo.url,
        });
      }
      reply.header('etag', `"${photo.hash}"`);
      reply.header('cache-control', 'private, no-cache');
      return reply.type(photo.contentType).send(Buffer.from(photo.data, 'base64'));
    },
  );

  app.get(
    '/people/:id/photo/info',
    {
      schema: {
        tags,
        summary: "What a person's photo is (a picture: type and size; or a link), or null when they have none",
        params: idParams,
        response: { 200: z.object({ photo: photoInfoSchema.nullable() }) },
      },
    },
    async (request) => ({ photo: await findPhotoInfo(request.deps, request.params.id) }),
  );

  app.put(
    '/people/:id/photo',
    {
      bodyLimit: MAX_PHOTO_BYTES + 1,
      schema: {
        tags,
        summary: "Set or replace a person's photo: the picture's bytes as the body (image/jpeg, image/png, …)",
        params: idParams,
        response: { 200: photoInfoSchema },
      },
    },
    async (request) =>
      setPersonPhoto(request.deps, request.params.id, request.body, request.headers['content-type'] ?? ''),
  );

  app.delete(
    '/people/:id/photo',
    { schema: { tags, summary: "Remove a person's photo", params: idParams } },
    async (request, reply) => {
      await removePersonPhoto(request.deps, request.params.id);
      return reply.status(204).send();
    },
  );
};
