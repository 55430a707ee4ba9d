import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { importAttendees } from '../../core/conference/import-attendees.js';
import { listAttendees } from '../../core/conference/list-attendees.js';
import { meetAttendee } from '../../core/conference/meet-attendee.js';
import { listFollowUpDrafts, nextMorningFollowUps } from '../../core/conference/next-morning.js';
import {
  asOfSchema,
  attendeeListSchema,
  importAttendeesSchema,
  meetAttendeeSchema,
  morningFollowUpSchema,
  nextMorningSchema,
  sendSlidesSchema,
  talkSuggestionsSchema,
} from '../../core/conference/schema.js';
import { sendSlides } from '../../core/conference/send-slides.js';
import { suggestTalkRecipients } from '../../core/conference/talk-suggestions.js';
import { meetResultSchema } from '../../core/events/schema.js';
import { idSchema } from '../../core/shared/fields.js';
import { shareViewSchema } from '../../core/shares/schema.js';

const idParams = z.object({ id: z.string().max(64) });
/** An attendee list of a few thousand rows, as JSON-quoted CSV text. */
const ATTENDEE_LIST_BYTES = 8 * 1024 * 1024;

/** Conference mode (issue 19): an event's attendee list, the slides after your talk, the next morning's follow-ups. */
export const conferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['events'];

  app.get(
    '/events/:id/attendees',
    {
      schema: {
        tags,
        summary: 'The attendee list: how many you know, who to find with why, strangers whose topics fit yours',
        params: idParams,
        response: { 200: attendeeListSchema },
      },
    },
    async (request) => listAttendees(request.deps, request.params.id),
  );

  app.put(
    '/events/:id/attendees',
    {
      bodyLimit: ATTENDEE_LIST_BYTES,
      schema: {
        tags,
        summary: 'Replace the attendee list with a CSV (name, company, title, email, profile URL); adds nobody',
        params: idParams,
        body: importAttendeesSchema,
        response: { 200: attendeeListSchema },
      },
    },
    async (request) => importAttendees(request.deps, request.params.id, request.body),
  );

  app.post(
    '/events/:id/attendees/:attendeeId/met',
    {
      schema: {
        tags,
        summary: 'Met someone on the list: a stranger becomes a person now, linked to the event',
        params: idParams.extend({ attendeeId: z.string().max(64) }),
        body: meetAttendeeSchema,
        response: { 201: meetResultSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await meetAttendee(request.deps, request.params.id, request.params.attendeeId, request.body)),
  );

  app.get(
    '/events/:id/talk/suggestions',
    {
      schema: {
        tags,
        summary: 'After your talk: who would want the slides, by its title and description',
        params: idParams,
        response: { 200: talkSuggestionsSchema },
      },
    },
    async (request) => suggestTalkRecipients(request.deps, request.params.id),
  );

  app.post(
    '/events/:id/talk/shares',
    {
      schema: {
        tags,
        summary: 'Send the slides of your talk to someone (a share of the talk’s item)',
        params: idParams,
        body: sendSlidesSchema,
        response: { 201: shareViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await sendSlides(request.deps, request.params.id, request.body)),
  );

  app.get(
    '/follow-ups/next-morning',
    {
      schema: {
        tags,
        summary: 'The morning after an event: the people met there not followed up yet, each with a draft',
        querystring: asOfSchema,
        response: { 200: nextMorningSchema },
      },
    },
    async (request) => nextMorningFollowUps(request.deps, request.query),
  );

  app.get(
    '/follow-ups/drafts',
    {
      schema: {
        tags,
        summary: 'Open follow-ups (of one event) with a drafted message each',
        querystring: asOfSchema.extend({ eventId: idSchema.optional() }),
        response: { 200: z.array(morningFollowUpSchema) },
      },
    },
    async (request) => listFollowUpDrafts(request.deps, request.query),
  );
};
