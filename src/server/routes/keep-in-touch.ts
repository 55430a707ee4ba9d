import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { listUpcomingOccasions } from '../../core/keep-in-touch/list-upcoming-occasions.js';
import { acceptDrift, dismissDrift, undoDrift } from '../../core/keep-in-touch/resolve-drift.js';
import {
  contactStateSchema,
  driftDecisionSchema,
  driftStandingSchema,
  getTodaySchema,
  snoozeSchema,
  todaySchema,
  upcomingOccasionSchema,
  upcomingOccasionsSchema,
} from '../../core/keep-in-touch/schema.js';
import { snoozePerson } from '../../core/keep-in-touch/snooze-person.js';
import { getTodayCached, type TodayCacheStore } from '../../core/keep-in-touch/today-cache.js';
import { createOccasion } from '../../core/occasions/create-occasion.js';
import { deleteOccasion } from '../../core/occasions/delete-occasion.js';
import { listOccasions } from '../../core/occasions/list-occasions.js';
import { createOccasionSchema, occasionSchema } from '../../core/occasions/schema.js';
import { getTimeline } from '../../core/timeline/get-timeline.js';
import { timelineEntrySchema, timelineQuerySchema } from '../../core/timeline/schema.js';

const idParams = z.object({ id: z.string().max(64) });

/** The daily list, and what shapes it for one person: snooze, drift, occasions, timeline. */
export const keepInTouchRoutes: FastifyPluginAsyncZod<{ todayCache: TodayCacheStore }> = async (app, options) => {
  const tags = ['keep in touch'];

  app.get(
    '/today',
    {
      schema: {
        tags,
        summary: 'Who to reach out to today, ranked, with reasons; asOf previews another day',
        querystring: getTodaySchema,
        response: { 200: todaySchema },
      },
    },
    // Reused until something it reads changes (ADR 0010): most requests cost one read.
    async (request) => getTodayCached(request.deps, options.todayCache, request.query),
  );

  app.post(
    '/people/:id/snooze',
    {
      schema: {
        tags,
        summary: 'Keep a person off the daily list until a date, or for a duration such as 2w',
        params: idParams,
        body: snoozeSchema,
        response: { 200: contactStateSchema },
      },
    },
    async (request) => snoozePerson(request.deps, request.params.id, request.body),
  );

  for (const [verb, action, summary] of [
    ['accept', acceptDrift, 'Accept a drift suggestion: move the person one tier down'],
    ['dismiss', dismissDrift, 'Dismiss a drift suggestion: silent for one cadence'],
  ] as const) {
    app.post(
      `/people/:id/drift/${verb}`,
      { schema: { tags, summary, params: idParams, response: { 200: driftDecisionSchema } } },
      async (request) => action(request.deps, request.params.id),
    );
  }

  app.post(
    '/people/:id/drift/undo',
    {
      schema: {
        tags,
        summary: "Undo a drift answer: the tier, own cadence and drift silence as the answer's `before` gave them",
        params: idParams,
        body: driftStandingSchema,
        response: { 200: driftDecisionSchema },
      },
    },
    async (request) => undoDrift(request.deps, request.params.id, request.body),
  );

  app.get(
    '/people/:id/timeline',
    {
      schema: {
        tags,
        summary: 'A person’s interactions, how you met and notes, newest first',
        params: idParams,
        querystring: timelineQuerySchema,
        response: { 200: z.object({ items: z.array(timelineEntrySchema) }) },
      },
    },
    async (request) => ({ items: await getTimeline(request.deps, request.params.id, request.query) }),
  );

  app.get(
    '/people/:id/occasions',
    {
      schema: {
        tags,
        summary: 'A person’s important yearly dates besides their birthday',
        params: idParams,
        response: { 200: z.object({ items: z.array(occasionSchema) }) },
      },
    },
    async (request) => ({ items: await listOccasions(request.deps, request.params.id) }),
  );

  app.post(
    '/people/:id/occasions',
    {
      schema: {
        tags,
        summary: 'Add an important yearly date for a person',
        params: idParams,
        body: createOccasionSchema.omit({ personId: true }),
        response: { 201: occasionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOccasion(request.deps, { ...request.body, personId: request.params.id })),
  );

  app.delete(
    '/occasions/:id',
    { schema: { tags, summary: 'Delete an occasion', params: idParams, response: { 200: occasionSchema } } },
    async (request) => deleteOccasion(request.deps, request.params.id),
  );

  app.get(
    '/occasions/upcoming',
    {
      schema: {
        tags,
        summary: 'Birthdays and important dates in the next days (14 by default), soonest first',
        querystring: upcomingOccasionsSchema,
        response: { 200: z.object({ items: z.array(upcomingOccasionSchema) }) },
      },
    },
    async (request) => ({ items: await listUpcomingOccasions(request.deps, request.query) }),
  );
};
