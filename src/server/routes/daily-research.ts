import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { answerTierAdvice } from '../../core/keep-in-touch/answer-tier-advice.js';
import { dismissReconnect } from '../../core/keep-in-touch/dismiss-reconnect.js';
import { draftReconnection } from '../../core/keep-in-touch/draft-reconnection.js';
import {
  acceptTierSuggestionsSchema,
  answerTierAdviceSchema,
  reconnectionDraftSchema,
  tierSuggestionSchema,
  tierSuggestionsSchema,
} from '../../core/keep-in-touch/schema.js';
import { acceptTierSuggestions, listTierSuggestions } from '../../core/keep-in-touch/tier-suggestions.js';
import { tierSchema } from '../../core/people/schema.js';

const idParams = z.object({ id: z.string().max(64) });

/** Issue 20: reconnection drafts, the dormant tie's "not now", tier-size advice and tier suggestions. */
export const dailyResearchRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['keep in touch'];

  app.get(
    '/people/:id/draft',
    {
      schema: {
        tags,
        summary:
          'A reconnection opener from when you last spoke and a shared event or organization, with your last note beside it, never in it (never sent)',
        params: idParams,
        response: { 200: reconnectionDraftSchema },
      },
    },
    async (request) => draftReconnection(request.deps, request.params.id),
  );

  app.post(
    '/people/:id/reconnect/dismiss',
    {
      schema: {
        tags,
        summary: 'Not now: the dormant tie proposed today is not proposed again for a year',
        params: idParams,
        response: { 200: z.object({ personId: z.string(), silencedUntil: z.string() }) },
      },
    },
    async (request) => dismissReconnect(request.deps, request.params.id),
  );

  app.post(
    '/today/tier-advice',
    {
      schema: {
        tags,
        summary: 'Answer tier-size advice: move these people one tier down (or none), and hear it no more',
        body: answerTierAdviceSchema,
        response: {
          200: z.object({
            tier: z.enum(['inner', 'close']),
            moved: z.array(z.object({ id: z.string(), name: z.string(), tier: tierSchema })),
            size: z.number(),
          }),
        },
      },
    },
    async (request) => answerTierAdvice(request.deps, request.body),
  );

  app.get(
    '/tiers/suggestions',
    {
      schema: {
        tags,
        summary:
          'A tier per person from how often you were in touch in the last year (changes only); asOf previews another day',
        querystring: tierSuggestionsSchema,
        response: { 200: z.object({ items: z.array(tierSuggestionSchema) }) },
      },
    },
    async (request) => ({ items: await listTierSuggestions(request.deps, request.query) }),
  );

  app.post(
    '/tiers/suggestions/accept',
    {
      schema: {
        tags,
        summary: 'Take the suggested tiers, for these people or for all',
        body: acceptTierSuggestionsSchema,
        response: { 200: z.object({ items: z.array(tierSuggestionSchema) }) },
      },
    },
    async (request) => ({ items: await acceptTierSuggestions(request.deps, request.body) }),
  );
};
