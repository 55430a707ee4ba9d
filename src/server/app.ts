import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from '../core/repos.js';
import type { Repos } from '../db/repos/index.js';
import { registerErrorHandler } from './errors.js';
import { eventRoutes } from './routes/events.js';
import { interactionRoutes } from './routes/interactions.js';
import { keepInTouchRoutes } from './routes/keep-in-touch.js';
import { organizationRoutes } from './routes/organizations.js';
import { peopleRoutes } from './routes/people.js';
import { reminderRoutes } from './routes/reminders.js';
import { settingsRoutes } from './routes/settings.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The use-case deps of the user making this request: repositories scoped to them. */
    deps: Deps;
  }
}

export type AppDependencies = {
  repos: Repos;
  /** The local owner a single-user install works as. */
  ownerId: string;
  now?: () => Date;
  logger?: boolean | object;
};

/** Builds the app from its dependencies; main.ts listens, tests call app.inject(). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'kith API', version: '1', description: 'Your professional network, over HTTP.' },
    },
    transform: jsonSchemaTransform,
  });

  app.decorateRequest('deps', null as unknown as Deps);
  app.addHook('onRequest', async (request) => {
    request.deps = { repos: deps.repos.forOwner(deps.ownerId), now };
  });

  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(peopleRoutes, { prefix: '/api/v1' });
  await app.register(interactionRoutes, { prefix: '/api/v1' });
  await app.register(keepInTouchRoutes, { prefix: '/api/v1' });
  await app.register(reminderRoutes, { prefix: '/api/v1' });
  await app.register(settingsRoutes, { prefix: '/api/v1' });
  await app.register(organizationRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kith</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>kith</h1><p>kith is running. The web UI is on its way; the command line (<code>kith --help</code>) and <a href="/api/health">/api/health</a> work now.</p></main></body></html>`;
  });

  return app;
}
