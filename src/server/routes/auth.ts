import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { changePassword } from '../../core/auth/change-password.js';
import { knownDevice, rememberDevice } from '../../core/auth/known-device.js';
import type { AccountDeps } from '../../core/auth/repo.js';
import { authConfigSchema, changePasswordSchema, signInSchema, signUpSchema } from '../../core/auth/schema.js';
import { signIn } from '../../core/auth/sign-in.js';
import { signOut } from '../../core/auth/sign-out.js';
import { signUp } from '../../core/auth/sign-up.js';
import { KithError } from '../../core/errors.js';
import { getServerSettings } from '../../core/server-settings/get-server-settings.js';
import { userSchema } from '../../core/users/schema.js';
import {
  clearSessionCookie,
  DEVICE_COOKIE,
  SESSION_COOKIE,
  setDeviceCookie,
  setSessionCookie,
} from '../auth/session-cookie.js';
import type { SignInLimiter } from '../auth/sign-in-limiter.js';

/**
 * Wrong passwords allowed in 15 minutes: per account from unknown browsers, per browser
 * that signed in to the account before (its device cookie), and per address, which is
 * larger so that one office or home behind one address does not lock everyone out.
 */
export const SIGN_IN_LIMITS = { account: 10, device: 10, address: 100, signUp: 10 } as const;

export type AuthRouteOptions = {
  accounts: AccountDeps;
  /** Sign-in failures, and every sign-up attempt per address (so one address cannot mint accounts). */
  limiter: SignInLimiter;
};

/** Signing up, in and out, who am I, and changing one's password. */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, options) => {
  const { accounts, limiter } = options;
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
        await limiter.reserve([{ key: `sign-up:address:${request.ip}`, max: SIGN_IN_LIMITS.signUp }]);
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
        summary:
          'Sign in with email and password; sets the session cookie (10 failures per account in 15 minutes, then 429, except from a browser that signed in before; 100 per address)',
        body: signInSchema,
        response: { 200: userSchema },
      },
    },
    async (request, reply) => {
      const account = `account:${request.body.email}`;
      const device = await knownDevice(accounts, request.body.email, request.cookies[DEVICE_COOKIE]);
      const limits = [
        device ? { key: device, max: SIGN_IN_LIMITS.device } : { key: account, max: SIGN_IN_LIMITS.account },
        { key: `address:${request.ip}`, max: SIGN_IN_LIMITS.address },
      ];
      const clear = device ? [account, device] : [account];
      const { user, session } = await limiter.attempt(limits, () => signIn(accounts, request.body), clear);
      request.user = user;
      setSessionCookie(request, reply, session);
      if (!device) setDeviceCookie(request, reply, await rememberDevice(accounts, user.id));
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
