import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { AccountDeps } from '../../core/auth/repo.js';
import { createCalendarFeed } from '../../core/calendar/create-calendar-feed.js';
import { getCalendarFeed } from '../../core/calendar/get-calendar-feed.js';
import { readCalendarFeed } from '../../core/calendar/read-calendar-feed.js';
import { revokeCalendarFeed } from '../../core/calendar/revoke-calendar-feed.js';
import { calendarFeedStatusSchema, createdCalendarFeedSchema } from '../../core/calendar/schema.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';
import { publicBaseUrl } from '../public-url.js';

export type CalendarFeedOptions = { accounts: AccountDeps; limiter: SignInLimiter; publicUrl: string | undefined };

/** The calendar feed: managed under /api/v1 by its owner, read at /ical/<secret>.ics by calendars. */
export const calendarFeedRoutes: FastifyPluginAsyncZod<CalendarFeedOptions> = async (app, options) => {
  const tags = ['calendar feed'];

  app.get(
    '/api/v1/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether your calendar feed is on, and what it contains (the link is shown only when made)',
        response: { 200: calendarFeedStatusSchema },
      },
    },
    async (request) => getCalendarFeed(request.deps),
  );

  app.post(
    '/api/v1/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Turn the feed on, or with rotate=true replace its link; the link is in this response only',
        body: z.object({ rotate: z.boolean().default(false) }).default({ rotate: false }),
        response: { 201: createdCalendarFeedSchema },
      },
    },
    async (request, reply) => {
      const created = await createCalendarFeed(request.deps, {
        rotate: request.body.rotate,
        baseUrl: publicBaseUrl(request, options.publicUrl),
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/v1/calendar-feed',
    { schema: { tags, summary: 'Turn the feed off: its link answers 404', response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeCalendarFeed(request.deps);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/ical/:name',
    {
      schema: {
        tags,
        summary: 'The feed itself (iCalendar), for calendar programs; a wrong or revoked secret is 404',
        security: [],
        params: z.object({ name: z.string().max(200) }),
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      // Every request counts, per address: a calendar polls hourly, a guesser is stopped.
      await options.limiter.reserve([{ key: `ical:${request.ip}`, max: 120 }]);
      const body = await readCalendarFeed(options.accounts, request.params.name);
      reply.type('text/calendar; charset=utf-8');
      return body;
    },
  );
};
