import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { snoozeSchema } from '../../core/keep-in-touch/schema.js';
import { completeReminder } from '../../core/reminders/complete-reminder.js';
import { createReminder } from '../../core/reminders/create-reminder.js';
import { deleteReminder } from '../../core/reminders/delete-reminder.js';
import { getReminder } from '../../core/reminders/get-reminder.js';
import { listReminders } from '../../core/reminders/list-reminders.js';
import { createReminderSchema, listRemindersSchema, reminderSchema } from '../../core/reminders/schema.js';
import { snoozeReminder } from '../../core/reminders/snooze-reminder.js';

const idParams = z.object({ id: z.string().max(64) });

/** Reminders: create, list the due ones, complete, snooze, delete. */
export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reminders'];

  app.get(
    '/reminders',
    {
      schema: {
        tags,
        summary: 'Open reminders due by today (or asOf); with all=true every open one',
        querystring: listRemindersSchema,
        response: { 200: z.object({ items: z.array(reminderSchema) }) },
      },
    },
    async (request) => ({ items: await listReminders(request.deps, request.query) }),
  );

  app.post(
    '/reminders',
    {
      schema: {
        tags,
        summary: 'Create a reminder, about a person or free-standing',
        body: createReminderSchema,
        response: { 201: reminderSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createReminder(request.deps, request.body)),
  );

  app.get(
    '/reminders/:id',
    { schema: { tags, summary: 'One reminder', params: idParams, response: { 200: reminderSchema } } },
    async (request) => getReminder(request.deps, request.params.id),
  );

  app.post(
    '/reminders/:id/complete',
    { schema: { tags, summary: 'Mark a reminder done', params: idParams, response: { 200: reminderSchema } } },
    async (request) => completeReminder(request.deps, request.params.id),
  );

  app.post(
    '/reminders/:id/snooze',
    {
      schema: {
        tags,
        summary: 'Hide a reminder until a date, or for a duration such as 2w',
        params: idParams,
        body: snoozeSchema,
        response: { 200: reminderSchema },
      },
    },
    async (request) => snoozeReminder(request.deps, request.params.id, request.body),
  );

  app.delete(
    '/reminders/:id',
    { schema: { tags, summary: 'Delete a reminder', params: idParams, response: { 200: reminderSchema } } },
    async (request) => deleteReminder(request.deps, request.params.id),
  );
};
