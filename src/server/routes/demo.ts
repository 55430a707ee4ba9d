import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { loadDemo } from '../../core/demo/load-demo.js';

/** The demo network a newcomer can load from the first-run screen (an empty network only). */
export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Fill an empty network with a small demo network',
        response: { 201: z.object({ people: z.number() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await loadDemo(request.deps)),
  );
};
