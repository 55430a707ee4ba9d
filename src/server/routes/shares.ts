import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { listSharesForPerson } from '../../core/shares/list-shares.js';
import {
  createShareSchema,
  itemSuggestionSchema,
  recipientSuggestionSchema,
  shareViewSchema,
} from '../../core/shares/schema.js';
import { shareItem } from '../../core/shares/share-item.js';
import { suggestItems } from '../../core/shares/suggest-items.js';
import { suggestRecipients } from '../../core/shares/suggest-recipients.js';
import { unshareItem } from '../../core/shares/unshare-item.js';

const idParams = z.object({ id: z.string().max(64) });

/** Giving an item: who would value it, and recording that it was sent. */
export const shareRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['shares'];

  app.get(
    '/items/:id/suggestions',
    {
      schema: {
        tags,
        summary: 'People who would value this item, ranked, with reasons; those who already got it are left out',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(10) }),
        response: { 200: z.array(recipientSuggestionSchema) },
      },
    },
    async (request) => suggestRecipients(request.deps, { itemId: request.params.id, limit: request.query.limit }),
  );

  app.post(
    '/items/:id/shares',
    {
      schema: {
        tags,
        summary: 'Record that this item was sent to a person',
        params: idParams,
        body: createShareSchema.omit({ itemId: true }),
        response: { 201: shareViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await shareItem(request.deps, { ...request.body, itemId: request.params.id })),
  );

  app.delete(
    '/items/:id/shares/:personId',
    {
      schema: {
        tags,
        summary: 'Take back the record that this item was sent to a person (and the interaction it logged)',
        params: idParams.extend({ personId: z.string().max(64) }),
        response: { 200: shareViewSchema },
      },
    },
    async (request) => unshareItem(request.deps, { itemId: request.params.id, personId: request.params.personId }),
  );

  app.get(
    '/people/:id/shares',
    {
      schema: {
        tags,
        summary: 'What this person was already sent',
        params: idParams,
        response: { 200: z.array(shareViewSchema) },
      },
    },
    async (request) => listSharesForPerson(request.deps, request.params.id),
  );

  app.get(
    '/people/:id/suggested-items',
    {
      schema: {
        tags,
        summary: 'Items this person would value, ranked, with reasons; items already sent to them are left out',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
        response: { 200: z.array(itemSuggestionSchema) },
      },
    },
    async (request) => suggestItems(request.deps, { personId: request.params.id, limit: request.query.limit }),
  );
};
