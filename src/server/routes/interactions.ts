import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { deleteInteraction } from '../../core/interactions/delete-interaction.js';
import { getInteraction } from '../../core/interactions/get-interaction.js';
import { listInteractions } from '../../core/interactions/list-interactions.js';
import { logInteraction } from '../../core/interactions/record-interaction.js';
import {
  interactionSchema,
  listInteractionsSchema,
  logInteractionSchema,
  updateInteractionSchema,
} from '../../core/interactions/schema.js';
import { updateInteraction } from '../../core/interactions/update-interaction.js';
import { createOnce } from '../idempotency.js';

const idParams = z.object({ id: z.string().max(64) });

/** Interactions: log, list, read, edit and delete; each write resets its people's clocks. */
export const interactionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['interactions'];

  app.get(
    '/interactions',
    {
      schema: {
        tags,
        summary: 'Interactions, newest first; with personId only that person’s',
        querystring: listInteractionsSchema,
        response: { 200: z.object({ items: z.array(interactionSchema) }) },
      },
    },
    async (request) => ({ items: await listInteractions(request.deps, request.query) }),
  );

  app.post(
    '/interactions',
    {
      schema: {
        tags,
        summary:
          'Log an interaction with one or more people (an Idempotency-Key header makes a retry return the first answer)',
        body: logInteractionSchema,
        response: { 201: interactionSchema },
      },
    },
    async (request, reply) => createOnce(request, reply, (deps) => logInteraction(deps, request.body)),
  );

  app.get(
    '/interactions/:id',
    { schema: { tags, summary: 'One interaction', params: idParams, response: { 200: interactionSchema } } },
    async (request) => getInteraction(request.deps, request.params.id),
  );

  app.patch(
    '/interactions/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of an interaction',
        params: idParams,
        body: updateInteractionSchema,
        response: { 200: interactionSchema },
      },
    },
    async (request) => updateInteraction(request.deps, request.params.id, request.body),
  );

  app.delete(
    '/interactions/:id',
    { schema: { tags, summary: 'Delete an interaction', params: idParams, response: { 200: interactionSchema } } },
    async (request) => deleteInteraction(request.deps, request.params.id),
  );
};
