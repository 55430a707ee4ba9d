import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccountDeps } from '../../core/auth/repo.js';
import { getServerSettings } from '../../core/server-settings/get-server-settings.js';
import { serverSettingsSchema, updateServerSettingsSchema } from '../../core/server-settings/schema.js';
import { updateServerSettings } from '../../core/server-settings/update-server-settings.js';
import { adminOnly } from '../auth/admin-only.js';

/** The server's own settings (sign-up over the web), for admins only: 404 to anyone else. */
export const serverSettingsRoutes: FastifyPluginAsyncZod<{ accounts: AccountDeps }> = async (app, { accounts }) => {
  const tags = ['users'];
  app.addHook('onRequest', adminOnly);

  app.get(
    '/server-settings',
    {
      schema: { tags, summary: "The server's settings (admins only)", response: { 200: serverSettingsSchema } },
    },
    async () => getServerSettings(accounts),
  );

  app.patch(
    '/server-settings',
    {
      schema: {
        tags,
        summary: "Change the server's settings, such as whether anyone may sign up (admins only)",
        body: updateServerSettingsSchema,
        response: { 200: serverSettingsSchema },
      },
    },
    async (request) => updateServerSettings(accounts, request.body, request.user?.id ?? null),
  );
};
