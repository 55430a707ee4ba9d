import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach } from 'vitest';
import { createSession } from '../../src/core/auth/create-session.js';
import { createToken } from '../../src/core/auth/create-token.js';
import type { Repos } from '../../src/db/repos/index.js';
import { type AppDependencies, buildApp } from '../../src/server/app.js';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie.js';
import { type DatabaseKind, type FreshDatabase, freshDatabaseEachTest } from './databases.js';

/** The origin app.inject() requests come from by default (Host: localhost:80). */
export const SAME_ORIGIN = 'http://localhost';

/**
 * Headers of a browser signed in as this user: a session made through the use-case,
 * so tests do not pay argon2's cost for every sign-in.
 */
export async function sessionHeaders(
  repos: Repos,
  userId: string,
  now: () => Date = () => new Date(),
): Promise<{ cookie: string; origin: string }> {
  const session = await createSession({ repos, now }, userId);
  return { cookie: `${SESSION_COOKIE}=${session}`, origin: SAME_ORIGIN };
}

/**
 * The app for one user's route tests: built as `kith serve` builds it (no back door), and
 * every `app.inject` carries a Bearer API token minted for `userId` through the use-case,
 * as a script would send; a request's own headers win (another user's, none at all).
 */
export async function appActingAs(userId: string, dependencies: AppDependencies): Promise<FastifyInstance> {
  const app = await buildApp(dependencies);
  const now = dependencies.now ?? (() => new Date());
  const { token } = await createToken({ repos: dependencies.repos.forOwner(userId), now }, { name: 'route tests' });
  return withHeaders(app, { authorization: `Bearer ${token}` });
}

/** `app.inject` with these headers added to every request (a string argument is its URL). */
export function withHeaders(app: FastifyInstance, headers: Record<string, string>): FastifyInstance {
  const inject = app.inject.bind(app);
  const injectWith = (options: InjectOptions | string) => {
    const request = typeof options === 'string' ? { url: options } : options;
    return inject({ ...request, headers: { ...headers, ...request.headers } });
  };
  app.inject = injectWith as FastifyInstance['inject'];
  return app;
}

/** A fresh database, an owner in it, and the app acting as that owner. */
export type FreshApp = FreshDatabase & { app: FastifyInstance };

/**
 * The setup route suites share, on either database: before each test a fresh database and
 * owner (`freshDatabaseEachTest`) and the app acting as the owner (`appActingAs`), handed
 * to `ready`; the app is closed after each test, before the database. With `now`, the app
 * reads the owner's clock (`setNow` moves both); without it, the real one.
 */
export function freshAppEachTest(
  kind: DatabaseKind,
  ready: (fresh: FreshApp) => void | Promise<void>,
  options: { now?: Date; app?: Omit<AppDependencies, 'repos'> } = {},
): void {
  let app: FastifyInstance | undefined;
  freshDatabaseEachTest(
    kind,
    async ({ database, deps }) => {
      const clock = options.now ? { now: deps.now } : {};
      app = await appActingAs(deps.ownerId, { repos: database.repos, ...clock, ...options.app });
      await ready({ database, deps, app });
    },
    options.now ? { now: options.now } : {},
  );
  // Registered after the database's hook, so it runs first (vitest runs after-hooks as a stack).
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
}
