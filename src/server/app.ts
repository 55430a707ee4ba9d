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
import { demoRoutes } from './routes/demo.js';
import { peopleRoutes } from './routes/people.js';
import { findWebRoot, registerWeb } from './web.js';

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
  /** The built SPA's folder; null serves a page saying to build it. Found next to the bundle by default. */
  webRoot?: string | null;
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
  await app.register(demoRoutes, { prefix: '/api/v1' });

  await registerWeb(app, deps.webRoot === undefined ? findWebRoot() : deps.webRoot);

  return app;
}
