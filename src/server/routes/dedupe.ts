import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { listDuplicates } from '../../core/dedupe/list-duplicates.js';
import { mergePeople } from '../../core/dedupe/merge-people.js';
import { duplicatePairSchema, listDuplicatesSchema, mergeChoiceFieldSchema } from '../../core/dedupe/schema.js';
import { personSchema } from '../../core/people/schema.js';

/** Dedupe: likely duplicate pairs, and merging one person into another. */
export const dedupeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['dedupe'];

  app.get(
    '/duplicates',
    {
      schema: {
        tags,
        summary: 'Likely duplicate people, best first, with a score and the evidence',
        querystring: listDuplicatesSchema,
        response: { 200: z.object({ items: z.array(duplicatePairSchema) }) },
      },
    },
    async (request) => ({ items: await listDuplicates(request.deps, request.query) }),
  );

  app.post(
    '/people/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge another person into this one; nothing is lost and the other is removed. takeFromOther lists fields where the other person’s value wins',
        params: z.object({ id: z.string().max(64) }),
        body: z.object({
          otherId: z.string().max(64),
          takeFromOther: z.array(mergeChoiceFieldSchema).max(20).optional(),
        }),
        response: { 200: personSchema },
      },
    },
    async (request) =>
      mergePeople(request.deps, {
        keepId: request.params.id,
        otherId: request.body.otherId,
        takeFromOther: request.body.takeFromOther,
      }),
  );
};
