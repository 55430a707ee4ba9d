import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { createPerson } from '../../core/people/create-person.js';
import { deletePerson } from '../../core/people/delete-person.js';
import { findPeople } from '../../core/people/find-people.js';
import { getPerson } from '../../core/people/get-person.js';
import { createPersonSchema, findPeopleSchema, personSchema, updatePersonSchema } from '../../core/people/schema.js';
import { setArchived, updatePerson } from '../../core/people/update-person.js';
import { createOnce } from '../idempotency.js';

const idParams = z.object({ id: z.string().max(64) });
const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** People: thin handlers, each parsing its input, calling one use-case and returning its result. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['people'];

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary:
          'List people, filtered, or search them with q (ranked, 20 a page unless limit says); nextCursor asks for the next page',
        querystring: findPeopleSchema,
        response: { 200: pageOf(personSchema) },
      },
    },
    async (request) => findPeople(request.deps, request.query),
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Add a person (an Idempotency-Key header makes a retry return the first answer)',
        body: createPersonSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) => createOnce(request, reply, (deps) => createPerson(deps, request.body)),
  );

  app.get(
    '/people/:id',
    { schema: { tags, summary: 'One person', params: idParams, response: { 200: personSchema } } },
    async (request) => getPerson(request.deps, request.params.id),
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of a person',
        params: idParams,
        body: updatePersonSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => updatePerson(request.deps, request.params.id, request.body),
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/people/:id/${verb}`,
      { schema: { tags, summary: `${verb} a person`, params: idParams, response: { 200: personSchema } } },
      async (request) => setArchived(request.deps, request.params.id, archived),
    );
  }

  app.delete(
    '/people/:id',
    { schema: { tags, summary: 'Delete a person for good', params: idParams, response: { 200: personSchema } } },
    async (request) => deletePerson(request.deps, request.params.id),
  );
};
