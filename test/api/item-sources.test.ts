import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/items/schema.js';
import { createPageFetcher } from '../../src/fetch/fetch-page.js';
import { appActingAs } from '../support/api.js';
import { createOwner, openTestDatabase, type TestDatabase } from '../support/databases.js';

const words =
  'Warehouse slotting by velocity keeps pickers walking less and shipping more every single day of the week.';

/** A site that serves its pages without a Content-Type, as some do. */
function startUntypedSite(): Promise<Server> {
  const server = createServer((request, response) => {
    response.removeHeader('content-type');
    response.writeHead(200);
    response.end(request.url === '/markup' ? `<html><body><article><p>${words}</p></article></body></html>` : words);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('items from HTML without tags, and pages without a content type', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let site: Server;
  let base: string;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    const owner = await createOwner(database.repos);
    site = await startUntypedSite();
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    app = await appActingAs(owner.ownerId, {
      repos: database.repos,
      fetchPage: createPageFetcher({ allowPrivateAddresses: true }),
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    site.close();
  });

  const add = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/items', payload });

  it('reads HTML with no tags as text', async () => {
    for (const html of ['A', '\uFEFFA', `\uFEFF${words}`]) {
      const response = await add({ html });
      expect(response.statusCode, JSON.stringify(html)).toBe(201);
      expect(response.json<Item>().text).toBe(html.replace('\uFEFF', ''));
    }
  });

  it('refuses HTML with nothing readable in it with a 4xx that says so', async () => {
    for (const html of [' ', '\uFEFF', '\n\t', '<b', '<p></p>']) {
      const response = await add({ html });
      expect(response.statusCode, JSON.stringify(html)).toBe(422);
      expect(response.json().error).toEqual({
        code: 'ITEM_UNREADABLE',
        message: 'the HTML has no readable text; nothing was saved',
        details: { source: 'html' },
      });
    }
  });

  it('reads a fetched page without a content type: markup as a page, plain words as text', async () => {
    const text = await add({ url: `${base}/words` });
    expect(text.statusCode).toBe(201);
    expect(text.json<Item>().text).toBe(words);
    const markup = await add({ url: `${base}/markup` });
    expect(markup.statusCode).toBe(201);
    expect(markup.json<Item>().text).toBe(words);
  });
});
