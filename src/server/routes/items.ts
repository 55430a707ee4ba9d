import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { createItem } from '../../core/items/create-item.js';
import { showItem } from '../../core/items/get-item.js';
import { listItems } from '../../core/items/list-items.js';
import {
  createItemSchema,
  type FetchPage,
  itemFilterSchema,
  itemSchema,
  itemViewSchema,
  MAX_ITEM_HTML,
  updateItemSchema,
} from '../../core/items/schema.js';
import { setItemArchived, updateItem } from '../../core/items/update-item.js';

const idParams = z.object({ id: z.string().max(64) });
const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export type ItemRoutesOptions = { fetchPage: FetchPage };

/** Items to give: added from a URL (fetched by the server, safely), saved HTML or text. */
export const itemRoutes: FastifyPluginAsyncZod<ItemRoutesOptions> = async (app, options) => {
  const tags = ['items'];

  app.post(
    '/items',
    {
      // a saved page may be larger than the default body limit
      bodyLimit: MAX_ITEM_HTML * 2,
      schema: {
        tags,
        summary: 'Add an item from exactly one of url, html or text',
        body: createItemSchema,
        response: { 201: itemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem({ ...request.deps, fetchPage: options.fetchPage }, request.body)),
  );

  app.get(
    '/items',
    {
      schema: {
        tags,
        summary: 'List items, newest first',
        querystring: itemFilterSchema,
        response: { 200: pageOf(itemSchema) },
      },
    },
    async (request) => listItems(request.deps, request.query),
  );

  app.get(
    '/items/:id',
    {
      schema: {
        tags,
        summary: 'One item, with the people it was already sent to',
        params: idParams,
        response: { 200: itemViewSchema },
      },
    },
    async (request) => showItem(request.deps, request.params.id),
  );

  app.patch(
    '/items/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of an item',
        params: idParams,
        body: updateItemSchema,
        response: { 200: itemSchema },
      },
    },
    async (request) => updateItem(request.deps, request.params.id, request.body),
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/items/:id/${verb}`,
      { schema: { tags, summary: `${verb} an item`, params: idParams, response: { 200: itemSchema } } },
      async (request) => setItemArchived(request.deps, request.params.id, archived),
    );
  }
};
