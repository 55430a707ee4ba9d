import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { createEvent } from '../../core/events/create-event.js';
import { deleteEvent } from '../../core/events/delete-event.js';
import { dismissFollowUp, listFollowUps, reopenFollowUp } from '../../core/events/follow-ups.js';
import { listEvents } from '../../core/events/list-events.js';
import { listPersonEvents } from '../../core/events/list-person-events.js';
import { markAttending } from '../../core/events/mark-attending.js';
import { meetAtEvent } from '../../core/events/meet-at-event.js';
import { networkSources } from '../../core/events/network-sources.js';
import { prepareEvent } from '../../core/events/prepare-event.js';
import {
  attendingSchema,
  createEventSchema,
  deleteEventResultSchema,
  eventFilterSchema,
  eventPersonSchema,
  eventPrepSchema,
  eventSchema,
  eventViewSchema,
  followUpFilterSchema,
  followUpSchema,
  meetAtEventSchema,
  meetResultSchema,
  personEventSchema,
  sourcesReportSchema,
  updateEventSchema,
} from '../../core/events/schema.js';
import { updateEvent } from '../../core/events/update-event.js';
import { viewEvent } from '../../core/events/view-event.js';
import { createOnce } from '../idempotency.js';

const idParams = z.object({ id: z.string().max(64) });

/** Events, the people met or attending there, follow-ups, preparation and the sources report. */
export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['events'];

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'List events, most recent first',
        querystring: eventFilterSchema,
        response: { 200: z.array(eventSchema) },
      },
    },
    async (request) => listEvents(request.deps, request.query),
  );

  app.post(
    '/events',
    { schema: { tags, summary: 'Add an event', body: createEventSchema, response: { 201: eventSchema } } },
    async (request, reply) => reply.status(201).send(await createEvent(request.deps, request.body)),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'An event with its organization and the people met or attending there',
        params: idParams,
        response: { 200: eventViewSchema },
      },
    },
    async (request) => viewEvent(request.deps, request.params.id),
  );

  app.patch(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of an event',
        params: idParams,
        body: updateEventSchema,
        response: { 200: eventSchema },
      },
    },
    async (request) => updateEvent(request.deps, request.params.id, request.body),
  );

  app.delete(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'Delete an event; people stay, and the result says how many were unlinked',
        params: idParams,
        response: { 200: deleteEventResultSchema },
      },
    },
    async (request) => deleteEvent(request.deps, request.params.id),
  );

  app.post(
    '/events/:id/met',
    {
      schema: {
        tags,
        summary:
          'Record someone met at the event; with newPerson alone, quick capture in one transaction (an Idempotency-Key header makes a retry return the first answer)',
        params: idParams,
        body: meetAtEventSchema,
        response: { 201: meetResultSchema },
      },
    },
    async (request, reply) => createOnce(request, reply, (deps) => meetAtEvent(deps, request.params.id, request.body)),
  );

  app.post(
    '/events/:id/attending',
    {
      schema: {
        tags,
        summary: 'Note that someone you know will be at the event',
        params: idParams,
        body: attendingSchema,
        response: { 200: meetResultSchema },
      },
    },
    async (request) => markAttending(request.deps, request.params.id, request.body),
  );

  app.get(
    '/events/:id/prep',
    {
      schema: {
        tags,
        summary: 'Who will be there, who is affiliated or nearby, and whom to ask to a meal',
        params: idParams,
        response: { 200: eventPrepSchema },
      },
    },
    async (request) => prepareEvent(request.deps, request.params.id),
  );

  app.get(
    '/follow-ups',
    {
      schema: {
        tags,
        summary: 'People you met and have not followed up with, soonest due first',
        querystring: followUpFilterSchema,
        response: { 200: z.array(followUpSchema) },
      },
    },
    async (request) => listFollowUps(request.deps, request.query),
  );

  app.post(
    '/events/:id/follow-ups/:personId/dismiss',
    {
      schema: {
        tags,
        summary: 'Close the follow-up with someone met at the event',
        params: idParams.extend({ personId: z.string().max(64) }),
        response: { 200: eventPersonSchema },
      },
    },
    async (request) => dismissFollowUp(request.deps, request.params.id, request.params.personId),
  );

  app.post(
    '/events/:id/follow-ups/:personId/reopen',
    {
      schema: {
        tags,
        summary: 'Open a dismissed follow-up again (undoing the dismissal)',
        params: idParams.extend({ personId: z.string().max(64) }),
        response: { 200: eventPersonSchema },
      },
    },
    async (request) => reopenFollowUp(request.deps, request.params.id, request.params.personId),
  );

  app.get(
    '/sources',
    {
      schema: {
        tags,
        summary: 'Which events and organizations introduced you to how many people, and how many you keep up with',
        response: { 200: sourcesReportSchema },
      },
    },
    async (request) => networkSources(request.deps),
  );

  app.get(
    '/people/:id/events',
    {
      schema: {
        tags,
        summary: 'The events this person is linked to (met there or attending), latest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(personEventSchema) }) },
      },
    },
    async (request) => ({ items: await listPersonEvents(request.deps, request.params.id) }),
  );
};
