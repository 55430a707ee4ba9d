import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Repos } from '../db/repos/index.js';
import { registerErrorHandler } from './errors.js';

export type AppDependencies = {
  repos: Repos;
  /** The local owner a single-user install works as (until accounts land). */
  ownerId: string;
  now?: () => Date;
  logger?: boolean | object;
};

/** Builds the app from its dependencies; main.ts listens, tests call app.inject(). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  app.get('/api/health', async () => ({ status: 'ok' }));

  app.get('/', async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kith</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>kith</h1><p>kith is running. The web UI is on its way; the command line (<code>kith --help</code>) and <a href="/api/health">/api/health</a> work now.</p></main></body></html>`;
  });

  return app;
}
