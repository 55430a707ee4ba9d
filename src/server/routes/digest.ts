import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { AccountDeps } from '../../core/auth/repo.js';
import { buildDigest } from '../../core/digest/build-digest.js';
import { getDigestSettings } from '../../core/digest/get-digest-settings.js';
import {
  type DigestSenders,
  digestPreviewSchema,
  digestSchema,
  digestSendResultSchema,
  digestSettingsViewSchema,
  updateDigestSettingsSchema,
} from '../../core/digest/schema.js';
import { sendDigestNow } from '../../core/digest/send-digest.js';
import { unsubscribeDigest } from '../../core/digest/unsubscribe-digest.js';
import { updateDigestSettings } from '../../core/digest/update-digest-settings.js';
import { publicBaseUrl } from '../public-url.js';

export type DigestRouteOptions = { accounts: AccountDeps; senders: DigestSenders; publicUrl: string | undefined };

const tokenParams = z.object({ token: z.string().max(200) });

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em">` +
  `${body}</body></html>`;

/** The daily digest: settings, preview and "send now" for its owner; one-click unsubscribe for mail programs. */
export const digestRoutes: FastifyPluginAsyncZod<DigestRouteOptions> = async (app, options) => {
  const tags = ['digest'];
  const mailConfigured = options.senders.sendMail !== null;
  // RFC 8058: a mail program unsubscribes with a form-encoded POST; only this plugin reads that type.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) =>
    done(null, {}),
  );

  app.get(
    '/api/v1/digest',
    {
      schema: {
        tags,
        summary:
          'Your daily digest settings (email and its address, hour, weekdays, webhook) and how the last scheduled deliveries went',
        response: { 200: digestSettingsViewSchema },
      },
    },
    async (request) => getDigestSettings(request.deps, mailConfigured),
  );

  app.patch(
    '/api/v1/digest',
    {
      schema: {
        tags,
        summary:
          'Change the digest settings (address null: the account’s); a new webhook URL gets a new signing secret',
        body: updateDigestSettingsSchema,
        response: { 200: digestSettingsViewSchema },
      },
    },
    async (request) => updateDigestSettings(request.deps, request.body, mailConfigured),
  );

  app.get(
    '/api/v1/digest/preview',
    {
      schema: {
        tags,
        summary: "Today's digest (or asOf's) as it would be sent, without sending it",
        querystring: digestPreviewSchema,
        response: { 200: digestSchema },
      },
    },
    async (request) => buildDigest(request.deps, request.query),
  );

  app.post(
    '/api/v1/digest/send',
    {
      schema: {
        tags,
        summary:
          'Send the digest now, by email (when the server has mail and an address) and to the webhook (when set); the outcome is answered, not recorded',
        response: { 200: digestSendResultSchema },
      },
    },
    async (request) =>
      sendDigestNow({
        ...request.deps,
        senders: options.senders,
        baseUrl: publicBaseUrl(request, options.publicUrl),
      }),
  );

  app.get(
    '/digest/unsubscribe/:token',
    { schema: { hide: true, security: [], params: tokenParams } },
    async (_request, reply) => {
      // A GET never unsubscribes (link checkers follow links): it shows the button that does.
      reply.type('text/html; charset=utf-8');
      return page(
        'Stop the kith digest',
        `<h1>Stop the daily email?</h1><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
          `<button type="submit">Stop the daily email</button></form>`,
      );
    },
  );

  app.post(
    '/digest/unsubscribe/:token',
    {
      schema: {
        tags,
        summary:
          'One-click unsubscribe (RFC 8058) from the digest email, with the token from its List-Unsubscribe link',
        security: [],
        params: tokenParams,
      },
    },
    async (request, reply) => {
      await unsubscribeDigest(options.accounts, request.params.token);
      reply.type('text/html; charset=utf-8');
      return page(
        'Unsubscribed',
        '<h1>Done</h1><p>kith will not email you the daily digest any more. You can turn it back on in Settings.</p>',
      );
    },
  );
};
