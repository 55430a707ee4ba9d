import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePassword } from '../../core/auth/change-password.js';
import type { AccountDeps } from '../../core/auth/repo.js';
import { authConfigSchema, changePasswordSchema, signInSchema, signUpSchema } from '../../core/auth/schema.js';
import { signIn } from '../../core/auth/sign-in.js';
import { signOut } from '../../core/auth/sign-out.js';
import { signUp } from '../../core/auth/sign-up.js';
import { KithError } from '../../core/errors.js';
import { getServerSettings } from '../../core/server-settings/get-server-settings.js';
import { userSchema } from '../../core/users/schema.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/session-cookie.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';

export type AuthRouteOptions = {
  accounts: AccountDeps;
  limiter: SignInLimiter;
  /** Sign-up attempts per address: every attempt counts, so one address cannot mint accounts. */
  signUpLimiter: SignInLimiter;
};

/** Signing up, in and out, who am I, and changing one's password. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, options) => {
  const { accounts, limiter, signUpLimiter } = options;
  const tags = ['auth'];

  app.get(
    '/auth/config',
    {
      schema: {
        security: [],
        tags,
        summary: 'What the sign-in page offers (is sign-up open?)',
        response: { 200: authConfigSchema },
      },
    },
    async () => ({ signUp: (await getServerSettings(accounts)).signUp }),
  );

  app.post(
    '/auth/sign-up',
    {
      schema: {
        security: [],
        tags,
        summary:
          'Create an account and sign in (403 unless an admin turned sign-up on; 10 attempts per address in 15 minutes, then 429)',
        body: signUpSchema,
        response: { 201: userSchema },
      },
      // Before validation, so a malformed attempt counts too.
      onRequest: async (request) => {
        const keys = [`sign-up:address:${request.ip}`];
        const wait = await signUpLimiter.retryAfter(keys);
        if (wait > 0) {
          throw new KithError('RATE_LIMITED', `Too many sign-ups from this address; try again in ${wait} seconds`, {
            retryAfterSeconds: wait,
          });
        }
        await signUpLimiter.fail(keys);
      },
    },
    async (request, reply) => {
      const { user, session } = await signUp(accounts, request.body);
      request.user = user;
      setSessionCookie(request, reply, session);
      return reply.status(201).send(user);
    },
  );

  app.post(
    '/auth/sign-in',
    {
      schema: {
        security: [],
        tags,
        summary: 'Sign in with email and password; sets the session cookie (10 failures in 15 minutes, then 429)',
        body: signInSchema,
        response: { 200: userSchema },
      },
    },
    async (request, reply) => {
      const keys = [`account:${request.body.email}`, `address:${request.ip}`];
      const { user, session } = await limiter.attempt(keys, () => signIn(accounts, request.body));
      request.user = user;
      setSessionCookie(request, reply, session);
      return user;
    },
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(request.deps, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: userSchema } } },
    async (request) => {
      if (!request.user) throw new KithError('UNAUTHENTICATED', 'Not signed in');
      return request.user;
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your password; every other session is signed out',
        body: changePasswordSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!request.user) throw new KithError('UNAUTHENTICATED', 'Not signed in');
      await changePassword(accounts, request.user, request.body, {
        requireCurrent: true,
        keepSession: request.cookies[SESSION_COOKIE],
      });
      return reply.status(204).send(null);
    },
  );
};
