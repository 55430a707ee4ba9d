import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { createToken } from '../../core/auth/create-token.js';
import { listTokens } from '../../core/auth/list-tokens.js';
import { revokeToken } from '../../core/auth/revoke-token.js';
import { apiTokenSchema, createdTokenSchema, createTokenSchema } from '../../core/auth/schema.js';

const idParams = z.object({ id: z.string().max(64) });

/** API tokens for scripts, sent as `Authorization: Bearer <token>`. */
export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tokens'];

  app.get(
    '/tokens',
    { schema: { tags, summary: 'Your API tokens (never their secrets)', response: { 200: z.array(apiTokenSchema) } } },
    async (request) => listTokens(request.deps),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token; its secret is in this response only',
        body: createTokenSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createToken(request.deps, request.body)),
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags, summary: 'Revoke an API token', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeToken(request.deps, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
