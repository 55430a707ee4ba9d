import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { redeemSignInLink } from '../../core/auth/redeem-sign-in-link.js';
import type { AccountDeps } from '../../core/auth/repo.js';
import { setSessionCookie } from '../auth/session-cookie.js';

export type SignInLinkOptions = { accounts: AccountDeps };

/** The one-time link `kith serve` prints in local mode: signs the browser in and goes home. */
export const signInLinkRoutes: FastifyPluginAsyncZod<SignInLinkOptions> = async (app, options) => {
  app.get(
    '/auth/link/:token',
    { schema: { hide: true, security: [], params: z.object({ token: z.string().max(200) }) } },
    async (request, reply) => {
      const session = await redeemSignInLink(options.accounts, request.params.token);
      setSessionCookie(request, reply, session);
      return reply.redirect('/', 302);
    },
  );
};
