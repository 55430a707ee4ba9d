import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { AccountDeps } from '../../core/auth/repo.js';
import { createCardLink } from '../../core/my-card/create-card-link.js';
import { getMyCard } from '../../core/my-card/get-my-card.js';
import { readSharedCard } from '../../core/my-card/read-shared-card.js';
import { revokeCardLink } from '../../core/my-card/revoke-card-link.js';
import { createdCardLinkSchema, myCardViewSchema, updateMyCardSchema } from '../../core/my-card/schema.js';
import { updateMyCard } from '../../core/my-card/update-my-card.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';
import { publicBaseUrl } from '../public-url.js';

export type MyCardOptions = { accounts: AccountDeps; limiter: SignInLimiter; publicUrl: string | undefined };

/** Your own card: managed under /api/v1 by its owner, downloaded at /card/<secret> by whoever has the link. */
export const myCardRoutes: FastifyPluginAsyncZod<MyCardOptions> = async (app, options) => {
  const tags = ['my card'];

  app.get(
    '/api/v1/my-card',
    {
      schema: {
        tags,
        summary:
          'Your card, the vCard its QR code holds, and whether its link is on (the link is shown only when made)',
        response: { 200: myCardViewSchema },
      },
    },
    async (request) => getMyCard(request.deps),
  );

  app.patch(
    '/api/v1/my-card',
    {
      schema: {
        tags,
        summary: 'Change what is on your card and which fields it shows (your name is always on it)',
        body: updateMyCardSchema,
        response: { 200: myCardViewSchema },
      },
    },
    async (request) => updateMyCard(request.deps, request.body),
  );

  app.post(
    '/api/v1/my-card/link',
    {
      schema: {
        tags,
        summary: "Make your card's download link, or with rotate=true replace it; the link is in this response only",
        body: z.object({ rotate: z.boolean().default(false) }).default({ rotate: false }),
        response: { 201: createdCardLinkSchema },
      },
    },
    async (request, reply) => {
      const created = await createCardLink(request.deps, {
        rotate: request.body.rotate,
        baseUrl: publicBaseUrl(request, options.publicUrl),
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/my-card/link',
    { schema: { tags, summary: "Turn your card's link off: it answers 404", response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeCardLink(request.deps);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/card/:name',
    {
      schema: {
        tags,
        summary: 'The card itself (vCard 3.0) as a download; a wrong or revoked secret is 404',
        security: [],
        params: z.object({ name: z.string().max(200) }),
        produces: ['text/vcard'],
      },
    },
    async (request, reply) => {
      // Every request counts, per address: a person opens a card once, a guesser is stopped.
      await options.limiter.reserve([{ key: `card:${request.ip}`, max: 120 }]);
      const card = await readSharedCard(options.accounts, request.params.name);
      reply.type('text/vcard; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${card.fileName}"`);
      reply.header('cache-control', 'no-store');
      return card.vcard;
    },
  );
};
