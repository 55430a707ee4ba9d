import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import type { User } from '../../src/core/users/schema.js';
import { buildApp } from '../../src/server/app.js';
import { sessionHeaders } from '../support/api.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

/**
 * Principle 9, checked from the outside: user B calls every route of the OpenAPI
 * document with user A's ids, and must get 404 and none of A's data. Routes come from
 * the document, so a route added later is covered without touching this file.
 *
 * How a path parameter finds its ids: `{id}` is an id of the resource named by the
 * path segment before it (`/people/{id}/archive` → people); `{personId}`, `{eventId}`…
 * name the resource themselves. Ids of a resource are every `id` found in A's responses
 * from that resource's list route (`GET /api/v1/people`); a parameter whose resource has
 * no list route is tried with every id of A. Bodies are generated from the route's
 * schema; a field named `…Id` or `…Ids` gets A's ids too, and then the route must 404.
 */

/**
 * What A owns before B starts: one line per resource a feature adds, a POST as A that
 * may use the ids of what earlier lines made (by the last segment of their URL).
 */
type Made = Record<string, string[]>;
const first = (made: Made, kind: string) => made[kind]?.[0] ?? '';
const seeds: ((made: Made) => { url: string; payload: Record<string, unknown> })[] = [
  () => ({
    url: '/api/v1/people',
    payload: {
      displayName: 'Zelda Secretkeeper',
      notes: 'alpha-private-note',
      tags: ['vip'],
      addresses: [{ street: 'alpha-address-street', city: 'Hiddenville' }],
    },
  }),
  () => ({ url: '/api/v1/people', payload: { displayName: 'Quentin Hiddenname', company: 'Confidential Widgets' } }),
  () => ({ url: '/api/v1/tokens', payload: { name: 'alpha-token-name' } }),
  () => ({ url: '/api/v1/tokens', payload: { name: 'alpha-app-password', dav: true } }),
  (made) => ({
    url: '/api/v1/interactions',
    payload: { personIds: [first(made, 'people')], summary: 'alpha-interaction-summary', occurredAt: '2026-05-01' },
  }),
  (made) => ({
    url: '/api/v1/reminders',
    payload: { personId: first(made, 'people'), text: 'alpha-reminder-text', dueOn: '2026-06-10' },
  }),
  (made) => ({
    url: `/api/v1/people/${first(made, 'people')}/occasions`,
    payload: { label: 'alpha-occasion-label', date: '--03-04' },
  }),
  () => ({ url: '/api/v1/items', payload: { text: 'alpha-item-title\nKafka pipelines and data contracts.' } }),
  (made) => ({
    url: `/api/v1/items/${first(made, 'items')}/shares`,
    payload: { personId: first(made, 'people'), note: 'alpha-share-note' },
  }),
  (made) => ({
    url: '/api/v1/introductions',
    payload: { personAId: made.people?.[0], personBId: made.people?.[1], reason: 'alpha-introduction-reason' },
  }),
  () => ({ url: '/api/v1/calendar-feed', payload: {} }),
  () => ({ url: '/api/v1/organizations', payload: { name: 'alpha-organization-name' } }),
  (made) => ({
    url: '/api/v1/events',
    payload: { name: 'alpha-event-name', startsOn: '2026-05-01', organizationId: first(made, 'organizations') },
  }),
  (made) => ({
    url: '/api/v1/introductions/suggestions/dismiss',
    payload: { personAId: made.people?.[0], personBId: made.people?.[1], feedback: 'alpha-dismissal-feedback' },
  }),
];
/** Strings of A's data that must never reach B. */
const secrets = [
  'alpha-organization-name',
  'alpha-event-name',
  'alpha-dismissal-feedback',
  'Zelda',
  'Secretkeeper',
  'alpha-private-note',
  'alpha-address-street',
  'Quentin',
  'Hiddenname',
  'Confidential Widgets',
  'alpha-token-name',
  'alpha-app-password',
  'alpha-interaction-summary',
  'alpha-reminder-text',
  'alpha-occasion-label',
  'alpha-item-title',
  'alpha-share-note',
  'alpha-introduction-reason',
];

/** A body a generated value cannot satisfy goes here, keyed "METHOD /path". */
const bodyOverrides: Record<string, Record<string, unknown>> = {
  'POST /api/v1/people/{id}/snooze': { for: '2w' },
  'POST /api/v1/reminders/{id}/snooze': { for: '2w' },
};

/** Routes on a record of B's that name other records in their body; each must check those ids itself. */
const bodyIdRoutes = [
  'PATCH /api/v1/people/{id}',
  'PATCH /api/v1/interactions/{id}',
  'POST /api/v1/people/{id}/merge',
  'POST /api/v1/items/{id}/shares',
  'POST /api/v1/events/{id}/met',
  'PATCH /api/v1/events/{id}',
  'PUT /api/v1/organizations/{id}/affiliations',
];

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};
type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function kindForParam(path: string, param: string): string {
  const segments = path.split('/');
  const index = segments.indexOf(`{${param}}`);
  const before = segments[index - 1] ?? '';
  if (param === 'id' || !param.endsWith('Id')) return before;
  const name = param.slice(0, -2);
  return name === 'person' ? 'people' : `${name}s`;
}

/**
 * People are named in bodies under several names. A merge's `otherId` gets an id of any
 * kind: a person's would be the path's own on one of the tries, which is a 400.
 */
const personFields = new Set(['person', 'participant', 'introducedBy']);

function kindForField(field: string): string {
  const name = field.replace(/Ids?$/, '');
  return personFields.has(name) ? 'people' : `${name}s`;
}

describeEachDatabase('isolation between users', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let alice: User;
  let bob: User;
  const now = new Date('2026-06-01T12:00:00Z');

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const accounts = { repos: database.repos, now: () => now };
    alice = await addUser(accounts, { email: 'alice@example.test' });
    bob = await addUser(accounts, { email: 'bob@example.test' });
    app = await buildApp({ repos: database.repos, now: () => now });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('answers every route of the OpenAPI document with 404 for another user’s ids, and leaks nothing', async () => {
    const as = async (user: User) => sessionHeaders(database.repos, user.id, () => now);
    const doc = (await app.inject('/api/openapi.json')).json<OpenApi>();

    const aliceHeaders = await as(alice);
    const bobHeaders = await as(bob);
    // B gets records of every kind too (without A's strings), so a route can be called on
    // B's own record with A's ids in its body: the path's check must not be the only one.
    const ownStrings = (payload: Record<string, unknown>) =>
      JSON.parse(
        secrets.reduce((text, secret, index) => text.replaceAll(secret, `bob-${index}`), JSON.stringify(payload)),
      ) as Record<string, unknown>;
    const seed = async (headers: typeof aliceHeaders, rename: (payload: Record<string, unknown>) => typeof payload) => {
      const made: Made = {};
      for (const line of seeds) {
        const { url, payload } = line(made);
        const response = await app.inject({ method: 'POST', url, headers, payload: rename(payload) });
        expect(response.statusCode, `seed ${url}: ${response.body}`).toBeLessThan(300);
        const kind = url.split('/').at(-1) ?? url;
        made[kind] = [...(made[kind] ?? []), response.json<{ id: string }>().id];
      }
      return made;
    };
    const made = await seed(aliceHeaders, (payload) => payload);
    const bobMade = await seed(bobHeaders, ownStrings);

    // A's ids, by resource, from every list route A can call.
    const listRoutes = Object.keys(doc.paths).filter((path) => doc.paths[path]?.get && !path.includes('{'));
    const idsByKind = new Map<string, Set<string>>();
    const aliceViews = new Map<string, string>();
    const collectIds = (value: unknown, into: Set<string>) => {
      if (Array.isArray(value)) for (const item of value) collectIds(item, into);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'id' && typeof inner === 'string') into.add(inner);
          else collectIds(inner, into);
        }
      }
    };
    for (const path of listRoutes) {
      const response = await app.inject({ url: path, headers: aliceHeaders });
      aliceViews.set(path, response.body);
      // Downloads (vCard, CSV) are files, not JSON: they hold no ids to collect.
      if (response.statusCode !== 200 || !String(response.headers['content-type']).includes('json')) continue;
      const ids = new Set<string>();
      collectIds(response.json(), ids);
      ids.delete(alice.id);
      idsByKind.set(path.split('/').at(-1) ?? path, ids);
    }
    for (const [kind, ids] of Object.entries(made)) {
      idsByKind.set(kind, new Set([...(idsByKind.get(kind) ?? []), ...ids]));
    }
    const allIds = [...new Set([...idsByKind.values()].flatMap((ids) => [...ids]))];
    expect(idsByKind.get('people')?.size).toBe(2);
    expect(idsByKind.get('tokens')?.size).toBe(2);
    const idsOf = (resource: string) => {
      const ids = idsByKind.get(resource);
      return ids && ids.size > 0 ? [...ids] : allIds;
    };
    const bobIdsOf = (resource: string) => bobMade[resource] ?? [];

    const plausible = (schema: JsonSchema | undefined, field: string): unknown => {
      if (!schema) return undefined;
      if (/Ids$/.test(field)) return [idsOf(kindForField(field))[0]];
      if (/Id$/.test(field)) {
        // Two people in one body (an introduction's A and B) must differ to pass validation.
        const ids = idsOf(kindForField(field.replace(/[AB]Id$/, 'Id')));
        return field.endsWith('BId') ? (ids[1] ?? ids[0]) : ids[0];
      }
      const choice = schema.anyOf ?? schema.oneOf;
      if (choice) return plausible(choice.find((option) => option.type !== 'null') ?? choice[0], field);
      if (schema.allOf?.[0]) return plausible(schema.allOf[0], field);
      if (schema.const !== undefined) return schema.const;
      if (schema.enum) return schema.enum[0];
      const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
      if (type === 'object' || schema.properties) {
        const object: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(schema.properties ?? {})) {
          if (schema.required?.includes(key) || /Ids?$/.test(key)) object[key] = plausible(inner, key);
        }
        return object;
      }
      if (type === 'array') return schema.minItems ? [plausible(schema.items, field)] : [];
      if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
      if (type === 'boolean') return false;
      if (schema.format === 'email') return 'someone@example.test';
      if (schema.format === 'uri') return 'https://example.com/';
      const candidates = ['2026-01-02', '--01-02', 'plausible text', 'x'];
      const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
      const dateLike = /(At|On|Date|date|When|when|Until|until|due|Due)$/.test(field);
      const fits = candidates.filter((candidate) => (pattern ? pattern.test(candidate) : true));
      const text = (dateLike ? fits[0] : fits.find((candidate) => /^[a-z]/.test(candidate))) ?? fits[0] ?? 'x';
      return schema.maxLength !== undefined && text.length > schema.maxLength ? text.slice(0, schema.maxLength) : text;
    };

    const leaks = (body: string) => secrets.filter((secret) => body.includes(secret));
    let idRoutes = 0;
    const bodyRoutes: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const route = `${method.toUpperCase()} ${path}`;
        const params = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const body = bodyOverrides[route] ?? (bodySchema ? plausible(bodySchema, 'body') : undefined);
        const query = (operation.parameters ?? [])
          .filter((param) => param.in === 'query' && (param.required || /Ids?$/.test(param.name)))
          .map((param) => `${param.name}=${encodeURIComponent(String(plausible(param.schema, param.name)))}`)
          .join('&');
        // Ids in the body or in the query (a list's filter: `?personId=`) count alike.
        const bodyNamesAnId = `${JSON.stringify(body ?? null)} ${query}`.match(/[0-9a-z]{26}/) !== null;
        // Each id of the first parameter's resource, the others at their first id.
        const firstIds = params.length > 0 ? idsOf(kindForParam(path, params[0] ?? '')) : [''];
        for (const firstId of firstIds) {
          let url = path;
          params.forEach((param, index) => {
            const id = index === 0 ? firstId : (idsOf(kindForParam(path, param))[0] ?? '');
            url = url.replace(`{${param}}`, encodeURIComponent(id));
          });
          if (query) url += `?${query}`;
          const response = await app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            headers: await as(bob),
            ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
          });
          expect(leaks(response.body), `${route} leaked A's data`).toEqual([]);
          if (params.length > 0 || bodyNamesAnId) {
            idRoutes += 1;
            expect(response.statusCode, `${route} (${url}) with A's ids: ${response.body}`).toBe(404);
          } else {
            expect(response.statusCode, `${route}: ${response.body}`).toBeLessThan(500);
            for (const id of allIds) expect(response.body, `${route} returned A's id`).not.toContain(id);
          }
        }
        // The ids a body or query names are checked on their own: on B's own record, A's ids still 404.
        const bobPath = params.map((param) => bobIdsOf(kindForParam(path, param))[0]);
        if (params.length > 0 && bodyNamesAnId && bobPath.every(Boolean)) {
          let url = path;
          params.forEach((param, index) => {
            url = url.replace(`{${param}}`, encodeURIComponent(bobPath[index] ?? ''));
          });
          if (query) url += `?${query}`;
          const response = await app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            headers: await as(bob),
            ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
          });
          expect(leaks(response.body), `${route} on B's record leaked A's data`).toEqual([]);
          expect(
            response.statusCode,
            `${route} (${url}) on B's record with A's ids in the body: ${response.body}`,
          ).toBe(404);
          bodyRoutes.push(route);
        }
      }
    }
    expect(idRoutes).toBeGreaterThanOrEqual(8);
    // Every route whose body names an id besides its path's: merge, share, met, affiliate, edits.
    expect(bodyRoutes).toEqual(expect.arrayContaining(bodyIdRoutes));

    // Nothing B did changed what A sees.
    for (const [path, before] of aliceViews) {
      expect((await app.inject({ url: path, headers: aliceHeaders })).body, path).toBe(before);
    }
  });
});
