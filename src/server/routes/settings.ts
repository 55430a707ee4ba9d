import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getSettings } from '../../core/settings/get-settings.js';
import { settingsSchema, updateSettingsSchema } from '../../core/settings/schema.js';
import { updateSettings } from '../../core/settings/update-settings.js';

/** The signed-in user's settings: tier cadences, daily list size, time zone. */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['settings'];

  app.get(
    '/settings',
    { schema: { tags, summary: 'Your settings', response: { 200: settingsSchema } } },
    async (request) => getSettings(request.deps),
  );

  app.patch(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Change some settings; a cadence of null means never',
        body: updateSettingsSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) => updateSettings(request.deps, request.body),
  );
};
