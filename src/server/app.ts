import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { AccountDeps } from '../core/auth/repo.js';
import { resolveSession } from '../core/auth/resolve-session.js';
import { type ResolvedToken, resolveToken, type TokenCacheStore } from '../core/auth/resolve-token.js';
import { DEFAULT_SESSION_IDLE_DAYS } from '../core/auth/schema.js';
import type { DigestSenders } from '../core/digest/schema.js';
import { KithError } from '../core/errors.js';
import type { FetchPage } from '../core/items/schema.js';
import { memoryTodayCache, type TodayCacheStore } from '../core/keep-in-touch/today-cache.js';
import type { Deps } from '../core/repos.js';
import { memoryCacheStore } from '../core/shared/cache-store.js';
import type { OffThread } from '../core/shared/off-thread.js';
import { plainWords } from '../core/shared/validate.js';
import type { User } from '../core/users/schema.js';
import type { Repos } from '../db/repos/index.js';
import { createPageFetcher, fetchOptionsFromEnvironment } from '../fetch/fetch-page.js';
import { digestSendersFromEnvironment } from '../mail/digest-senders.js';
import { workerThreads } from '../threads/off-thread.js';
import { originAllowed } from './auth/origin.js';
import { SESSION_COOKIE } from './auth/session-cookie.js';
import { type CounterStore, memoryCounterStore, signInLimiter } from './auth/sign-in-limiter.js';
import { type OpenApiDocument, renderDocsPage } from './docs.js';
import { registerErrorHandler } from './errors.js';
import { registerEtags } from './etag.js';
import { registerJsonBody } from './json-body.js';
import { type LoggerOption, loggerOptions, registerRequestLog } from './logging.js';
import { authRoutes } from './routes/auth.js';
import { calendarFeedRoutes } from './routes/calendar-feed.js';
import { conferenceRoutes } from './routes/conference.js';
import { dailyResearchRoutes } from './routes/daily-research.js';
import { davRoutes } from './routes/dav.js';
import { dedupeRoutes } from './routes/dedupe.js';
import { demoRoutes } from './routes/demo.js';
import { digestRoutes } from './routes/digest.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/import.js';
import { interactionRoutes } from './routes/interactions.js';
import { introductionRoutes } from './routes/introductions.js';
import { itemRoutes } from './routes/items.js';
import { keepInTouchRoutes } from './routes/keep-in-touch.js';
import { myCardRoutes } from './routes/my-card.js';
import { organizationRoutes } from './routes/organizations.js';
import { peopleRoutes } from './routes/people.js';
import { photoRoutes } from './routes/photos.js';
import { reminderRoutes } from './routes/reminders.js';
import { serverSettingsRoutes } from './routes/server-settings.js';
import { settingsRoutes } from './routes/settings.js';
import { shareRoutes } from './routes/shares.js';
import { signInLinkRoutes } from './routes/sign-in-link.js';
import { tokenRoutes } from './routes/tokens.js';
import { userRoutes } from './routes/users.js';
import { secureHeaders } from './secure-headers.js';
import type { TrustProxy } from './trust-proxy.js';
import { findWebRoot, registerWeb } from './web.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The use-case deps of the user making this request: repositories scoped to them. */
    deps: Deps;
    /** The signed-in user, or null on a public route reached without credentials. */
    user: User | null;
  }
}

export type AppDependencies = {
  repos: Repos;
  now?: () => Date;
  logger?: LoggerOption;
  /** A session unused for this many days is signed out (default 30). */
  sessionIdleDays?: number;
  /** Origins besides the server's own that may send cookie-authenticated writes. */
  allowedOrigins?: readonly string[];
  /** Where sign-in failure counters live; process memory unless another store is given. */
  counterStore?: CounterStore;
  /** Which reverse proxies to believe about X-Forwarded-* (https, client addresses): `trust-proxy.ts`. */
  trustProxy?: TrustProxy | true;
  bodyLimit?: number;
  /** The built SPA's folder; null serves a page saying to build it. Found next to the bundle by default. */
  webRoot?: string | null;
  /** How items are fetched from a URL; the safe fetcher (settings from the environment) when absent. */
  fetchPage?: FetchPage;
  /** Where large imports are parsed and validated: worker threads unless another is given. */
  offThread?: OffThread;
  /** Where daily lists are cached between changes; process memory unless another store is given. */
  todayCache?: TodayCacheStore;
  /** Where resolved API tokens are cached while their owner's data is unchanged; process memory by default. */
  tokenCache?: TokenCacheStore;
  /** The address people reach this server at (`KITH_PUBLIC_URL`), for feed and digest links; else the request's own. */
  publicUrl?: string;
  /** How digests are mailed and posted; from the environment (KITH_SMTP_URL) when absent. */
  digestSenders?: DigestSenders;
};

/** Builds the app from its dependencies; main.ts listens, tests call app.inject(). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const offThread = deps.offThread ?? workerThreads();
  const sessionIdleDays = deps.sessionIdleDays ?? DEFAULT_SESSION_IDLE_DAYS;
  const accounts: AccountDeps = { repos: deps.repos, now };
  const tokenCache = deps.tokenCache ?? memoryCacheStore<ResolvedToken>();
  const counters = deps.counterStore ?? memoryCounterStore();
  const limiter = signInLimiter(counters, { windowMs: 15 * 60 * 1000 });
  const trustProxy = deps.trustProxy ?? false;

  const app = Fastify({
    logger: loggerOptions(deps.logger),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  // A route's own query and body checks word their refusals as use cases do ("limit: must be
  // at least 1", not zod's "Too small: expected number to be >=1"); a schema's message still wins.
  z.config({ customError: plainWords });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerJsonBody(app);
  registerRequestLog(app);
  registerEtags(app);

  // helmet's headers, computed once: @fastify/helmet rebuilt them (CSP parsing included) on every request.
  const headers = secureHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'kith API', version: '1', description: 'Your professional network, over HTTP.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });

  async function identify(request: FastifyRequest): Promise<{ user: User; viaCookie: boolean } | undefined> {
    const authorization = request.headers.authorization;
    if (authorization) {
      const [scheme, credential] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer') return undefined;
      const user = await resolveToken(accounts, credential, tokenCache);
      return user && { user, viaCookie: false };
    }
    const cookieValue = request.cookies[SESSION_COOKIE];
    if (cookieValue) {
      const user = await resolveSession(accounts, cookieValue, sessionIdleDays);
      return user && { user, viaCookie: true };
    }
    return undefined;
  }

  app.decorateRequest('deps', null as unknown as Deps);
  app.decorateRequest('user', null);
  // Every /api route needs a signed-in user unless its schema says `security: []`
  // (OpenAPI's "no authentication", so the document tells clients the same); the web
  // UI's pages and files (anything outside /api) never do.
  app.addHook('onRequest', async (request) => {
    const found = await identify(request);
    if (!originAllowed(request, found?.viaCookie ?? false, deps.allowedOrigins ?? [])) {
      throw new KithError('FORBIDDEN', 'This write must come from a page of this server (Origin does not match)');
    }
    if (found) {
      request.user = found.user;
      request.deps = { repos: deps.repos.forOwner(found.user.id), now, offThread };
      return;
    }
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/') || request.routeOptions.schema?.security?.length === 0) return;
    throw new KithError('UNAUTHENTICATED', 'Sign in first, or send Authorization: Bearer <token>');
  });

  const publicRoute = { schema: { hide: true, security: [] } };
  app.get('/api/health', publicRoute, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', publicRoute, async () => app.swagger());
  app.get('/api/docs', publicRoute, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return renderDocsPage(app.swagger() as unknown as OpenApiDocument);
  });

  await app.register(authRoutes, {
    prefix: '/api/v1',
    accounts,
    limiter,
  });
  await app.register(tokenRoutes, { prefix: '/api/v1' });
  await app.register(userRoutes, { prefix: '/api/v1', accounts });
  await app.register(serverSettingsRoutes, { prefix: '/api/v1', accounts });
  await app.register(signInLinkRoutes, { accounts });
  await app.register(peopleRoutes, { prefix: '/api/v1' });
  await app.register(photoRoutes, { prefix: '/api/v1' });
  await app.register(interactionRoutes, { prefix: '/api/v1' });
  await app.register(keepInTouchRoutes, { prefix: '/api/v1', todayCache: deps.todayCache ?? memoryTodayCache() });
  await app.register(dailyResearchRoutes, { prefix: '/api/v1' });
  await app.register(reminderRoutes, { prefix: '/api/v1' });
  await app.register(settingsRoutes, { prefix: '/api/v1' });
  await app.register(demoRoutes, { prefix: '/api/v1' });
  await app.register(itemRoutes, {
    prefix: '/api/v1',
    fetchPage: deps.fetchPage ?? createPageFetcher(fetchOptionsFromEnvironment()),
  });
  await app.register(shareRoutes, { prefix: '/api/v1' });
  await app.register(introductionRoutes, { prefix: '/api/v1' });
  await app.register(importRoutes, { prefix: '/api/v1' });
  await app.register(exportRoutes, { prefix: '/api/v1' });
  await app.register(dedupeRoutes, { prefix: '/api/v1' });
  await app.register(organizationRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });
  await app.register(conferenceRoutes, { prefix: '/api/v1' });
  await app.register(healthRoutes, { prefix: '/api/v1' });
  await app.register(calendarFeedRoutes, {
    accounts,
    limiter: signInLimiter(counters, { windowMs: 15 * 60 * 1000 }),
    publicUrl: deps.publicUrl,
  });
  await app.register(digestRoutes, {
    accounts,
    senders: deps.digestSenders ?? digestSendersFromEnvironment(),
    publicUrl: deps.publicUrl,
  });
  await app.register(myCardRoutes, {
    accounts,
    limiter: signInLimiter(counters, { windowMs: 15 * 60 * 1000 }),
    publicUrl: deps.publicUrl,
  });
  await app.register(davRoutes, { accounts, limiter });

  await registerWeb(app, deps.webRoot === undefined ? findWebRoot() : deps.webRoot);

  return app;
}
