import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appActingAs } from '../support/api.js';
import { createOwner, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe('error messages in the user’s words', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    const owner = await createOwner(database.repos);
    app = await appActingAs(owner.ownerId, { repos: database.repos, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const postJson = (payload: string) =>
    app.inject({ method: 'POST', url: '/api/v1/people', headers: { 'content-type': 'application/json' }, payload });

  it('names a prototype key as what is wrong, rather than calling the body invalid JSON', async () => {
    for (const [payload, key] of [
      ['{"displayName":"Ada","__proto__":{"admin":true}}', '__proto__'],
      ['{"displayName":"Ada","constructor":{"prototype":{"admin":true}}}', 'constructor'],
    ]) {
      const response = await postJson(payload ?? '');
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toEqual({
        code: 'BAD_REQUEST',
        message: `The request body has a field named "${key}", which is not accepted`,
      });
    }
    const broken = await postJson('{"displayName": "Ada",}');
    expect(broken.json().error.message).toMatch(/^The request body is not valid JSON: .*position 22/);
    expect((await postJson('')).json().error.message).toBe(
      'The request body is empty, but its Content-Type says it is JSON',
    );
    expect((await app.inject('/api/v1/people')).json().items).toEqual([]);
  });

  it('refuses a query out of range in the words the command line uses, not zod’s', async () => {
    for (const [url, message] of [
      ['/api/v1/people?limit=0', 'querystring.limit: must be at least 1'],
      ['/api/v1/people?limit=abc', 'querystring.limit: must be a number'],
      ['/api/v1/today?limit=500', 'querystring.limit: must be at most 100'],
    ] as const) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.message, url).toBe(message);
    }
  });

  it('says what is wrong with a vCard, and on which line, without ical.js’s terms', async () => {
    const importCard = (card: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/import/vcard',
        headers: { 'content-type': 'text/vcard' },
        payload: `BEGIN:VCARD\nVERSION:3.0\n${card}\nEND:VCARD\n`,
      });
    const messages: string[] = [];
    // (`FN;A:Ada` is no longer here: a bare parameter is vCard 2.1's TYPE, and reads.)
    for (const card of ['FN:Ada\nBEGIN:X-PART', 'FN', 'FN:Ada\nX-NOTE;TYPE="home:x']) {
      const response = await importCard(card);
      expect(response.statusCode).toBe(422);
      messages.push(response.json().error.message);
    }
    // Each is named inside the import's refusal ("1 record cannot be read, …: <this>").
    const expected = [
      'vCard line 4: "BEGIN:X-PART" opens a part of the card that never ends (no matching END:)',
      'vCard line 3: the line "FN" has no ":" between the property\'s name and its value',
      'vCard line 4: a quoted value on the line with "home:x" is never closed (a " is missing)',
    ];
    expected.forEach((message, index) => {
      expect(messages[index]).toContain(message);
    });
    for (const message of messages) expect(message).not.toMatch(/ical|component/i);
  });
});
