import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { dismissSuggestion } from '../../core/introductions/dismiss-suggestion.js';
import {
  listIntroductions,
  suggestIntroductions,
  suggestIntroductionsSchema,
} from '../../core/introductions/list-introductions.js';
import {
  dismissalSchema,
  dismissSuggestionSchema,
  introductionSuggestionSchema,
  introductionViewSchema,
  startIntroductionSchema,
  updateIntroductionSchema,
} from '../../core/introductions/schema.js';
import { startIntroduction } from '../../core/introductions/start-introduction.js';
import { getIntroduction, updateIntroduction } from '../../core/introductions/update-introduction.js';

const idParams = z.object({ id: z.string().max(64) });

/** Introductions: suggestions where needs meet offers, and tracking each through the double opt-in. */
export const introductionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['introductions'];

  app.get(
    '/introductions/suggestions',
    {
      schema: {
        tags,
        summary: 'Pairs whose needs and offers meet, with reasons',
        querystring: suggestIntroductionsSchema,
        response: { 200: z.array(introductionSuggestionSchema) },
      },
    },
    async (request) => suggestIntroductions(request.deps, request.query),
  );

  app.post(
    '/introductions/suggestions/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss a suggested pair, with feedback; it is not suggested again',
        body: dismissSuggestionSchema,
        response: { 200: dismissalSchema },
      },
    },
    async (request) => dismissSuggestion(request.deps, request.body),
  );

  app.get(
    '/introductions',
    {
      schema: {
        tags,
        summary: 'Tracked introductions, newest first',
        response: { 200: z.array(introductionViewSchema) },
      },
    },
    async (request) => listIntroductions(request.deps),
  );

  app.post(
    '/introductions',
    {
      schema: {
        tags,
        summary: 'Start tracking an introduction',
        body: startIntroductionSchema,
        response: { 201: introductionViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await startIntroduction(request.deps, request.body)),
  );

  app.get(
    '/introductions/:id',
    { schema: { tags, summary: 'One introduction', params: idParams, response: { 200: introductionViewSchema } } },
    async (request) => getIntroduction(request.deps, request.params.id),
  );

  app.patch(
    '/introductions/:id',
    {
      schema: {
        tags,
        summary: 'Move an introduction to its next step',
        params: idParams,
        body: updateIntroductionSchema,
        response: { 200: introductionViewSchema },
      },
    },
    async (request) => updateIntroduction(request.deps, request.params.id, request.body),
  );
};
