import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

type OpenApi = { paths: Record<string, Record<string, { security?: unknown[] }>> };

/**
 * Every route of the OpenAPI document needs credentials unless it declares
 * `security: []`; enumerated from the document, so routes added later are covered.
 */
describeEachDatabase('authentication on every route', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    await createOwner(database.repos);
    app = await buildApp({ repos: database.repos });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('answers 401 UNAUTHENTICATED without credentials, before validating anything', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<OpenApi>();
    const open: string[] = [];
    let guarded = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const url = path.replace(/\{\w+\}/g, 'some-id');
        const response = await app.inject({ method: method.toUpperCase() as 'GET', url, payload: {} });
        if (operation.security?.length === 0) {
          open.push(`${method.toUpperCase()} ${path}`);
          expect(response.statusCode, `${method} ${path}`).not.toBe(401);
          continue;
        }
        guarded += 1;
        expect(response.statusCode, `${method} ${path}`).toBe(401);
        expect(response.json().error.code).toBe('UNAUTHENTICATED');
      }
    }
    expect(open.sort()).toEqual([
      'GET /api/v1/auth/config',
      // Your own card (My card): its secret is in the path, for the person who scanned its QR code.
      'GET /card/{name}',
      // The calendar feed: its secret is in the path, for calendar programs that cannot sign in.
      'GET /ical/{name}',
      'POST /api/v1/auth/sign-in',
      'POST /api/v1/auth/sign-up',
      // One-click unsubscribe from the digest email: its token is in the path (RFC 8058).
      'POST /digest/unsubscribe/{token}',
    ]);
    expect(guarded).toBeGreaterThan(10);
  });

  it('leaves the web UI’s pages and files to anyone', async () => {
    for (const url of ['/', '/people/123', '/assets/app.js']) {
      const response = await app.inject({ url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).not.toBe(401);
    }
  });
});
