import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { KithError } from '../../src/core/errors.js';
import type { IntroductionView } from '../../src/core/introductions/schema.js';
import type { Item, ItemView } from '../../src/core/items/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { freshAppEachTest } from '../support/api.js';
import { describeEachDatabase } from '../support/databases.js';
import { fixture } from '../support/fixtures.js';
import { scoreKeepingTerms } from '../support/score-keeping.js';

const article = `<html><head><title>Forecasting for planners</title></head><body><nav>Home · Subscribe</nav>
<article><h1>Forecasting for planners</h1><p>Weekly demand forecasting keeps distribution centres busy and inventory lean; planners who re-slot monthly see the fastest payback.</p></article></body></html>`;

describeEachDatabase('give first API', (kind) => {
  let app: FastifyInstance;

  freshAppEachTest(
    kind,
    (fresh) => {
      ({ app } = fresh);
    },
    {
      app: {
        fetchPage: async (url) => {
          if (url !== 'https://news.example/forecasting') throw new KithError('FETCH_FAILED', `Could not fetch ${url}`);
          return { url, contentType: 'text/html', body: article };
        },
      },
    },
  );

  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const addPerson = async (payload: object) => (await post('/api/v1/people', payload)).json<Person>();

  it('adds items from a URL, HTML and text; lists, shows, edits and archives them', async () => {
    const fromUrl = await post('/api/v1/items', { url: 'https://news.example/forecasting' });
    expect(fromUrl.statusCode).toBe(201);
    expect(fromUrl.json<Item>()).toMatchObject({ title: 'Forecasting for planners', source: 'url', kind: 'article' });
    expect(fromUrl.json<Item>().text).not.toContain('Subscribe');
    const fromHtml = await post('/api/v1/items', { html: article, kind: 'resource' });
    expect(fromHtml.json<Item>()).toMatchObject({ source: 'html', kind: 'resource' });
    const fromText = await post('/api/v1/items', { text: 'Kafka tips\nPartition keys matter.', title: 'Kafka tips' });
    const item = fromText.json<Item>();
    expect(item).toMatchObject({ title: 'Kafka tips', source: 'text' });

    const listed = (await app.inject('/api/v1/items')).json<{ items: Item[] }>();
    expect(listed.items.map((i) => i.id)).toEqual([item.id, fromHtml.json<Item>().id, fromUrl.json<Item>().id]);
    expect((await app.inject(`/api/v1/items/${item.id}`)).json<ItemView>()).toMatchObject({
      id: item.id,
      sharedWith: [],
    });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/items/${item.id}`,
      payload: { topics: ['kafka'] },
    });
    expect(patched.json<Item>().topics).toEqual(['kafka']);
    expect((await post(`/api/v1/items/${item.id}/archive`, {})).json<Item>().archived).toBe(true);
    expect((await app.inject('/api/v1/items')).json<{ items: Item[] }>().items).toHaveLength(2);
  });

  it("saves a job listing's copied text as the job, the kind chosen winning, and edits its company, role and location", async () => {
    const text = fixture('pages/job-copied-text.txt');
    const job = await post('/api/v1/items', { text, kind: 'job' });
    expect(job.statusCode).toBe(201);
    expect(job.json<Item>()).toMatchObject({
      kind: 'job',
      source: 'text',
      title: 'Senior Data Engineer – Streaming Platform',
      company: 'Trey Research',
      role: 'Senior Data Engineer – Streaming Platform',
      location: 'Madrid, Spain (hybrid)',
    });
    // Left to kith, the same text reads as a job, as its page does; called an article, it has no job fields.
    expect((await post('/api/v1/items', { text })).json<Item>()).toMatchObject({
      kind: 'job',
      company: 'Trey Research',
    });
    expect((await post('/api/v1/items', { text, kind: 'article' })).json<Item>()).toMatchObject({
      kind: 'article',
      title: 'Senior Data Engineer – Streaming Platform',
      company: null,
      role: null,
      location: null,
    });

    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/v1/items/${job.json<Item>().id}`,
      payload: { company: 'Trey Research Labs', role: 'Senior Data Engineer', location: 'Remote (Spain)' },
    });
    expect(edited.statusCode).toBe(200);
    expect((await app.inject(`/api/v1/items/${job.json<Item>().id}`)).json<ItemView>()).toMatchObject({
      kind: 'job',
      company: 'Trey Research Labs',
      role: 'Senior Data Engineer',
      location: 'Remote (Spain)',
    });
  });

  it("reads a page's source pasted as text as the page: its title and text, not its markup", async () => {
    const pasted = await post('/api/v1/items', { text: `\n  <!DOCTYPE html>\n${article}` });
    expect(pasted.statusCode).toBe(201);
    expect(pasted.json<Item>()).toMatchObject({ title: 'Forecasting for planners', source: 'html' });
    expect(pasted.json<Item>().text).toContain('Weekly demand forecasting');
    expect(pasted.json<Item>().text).not.toMatch(/<|Subscribe/);
    // Text that only mentions a tag stays text.
    const text = await post('/api/v1/items', { text: 'Use <html> sparingly\nA note on markup.' });
    expect(text.json<Item>()).toMatchObject({ title: 'Use <html> sparingly', source: 'text' });
  });

  it('suggests people for an item, records a share and shows who already got it', async () => {
    const amara = await addPerson({ displayName: 'Amara Nwosu', title: 'Demand Planner', topics: ['forecasting'] });
    const item = (await post('/api/v1/items', { html: article })).json<Item>();
    const suggestions = await app.inject(`/api/v1/items/${item.id}/suggestions?limit=5`);
    expect(suggestions.statusCode).toBe(200);
    expect(suggestions.json()).toEqual([
      {
        id: amara.id,
        name: 'Amara Nwosu',
        score: expect.any(Number),
        reasons: expect.arrayContaining(['interested in forecasting']),
      },
    ]);
    const shared = await post(`/api/v1/items/${item.id}/shares`, { personId: amara.id, note: 'for your team' });
    expect(shared.statusCode).toBe(201);
    expect((await app.inject(`/api/v1/items/${item.id}`)).json<ItemView>().sharedWith).toEqual([
      { personId: amara.id, personName: 'Amara Nwosu', sharedAt: expect.any(String), note: 'for your team' },
    ]);
    expect((await app.inject(`/api/v1/items/${item.id}/suggestions`)).json()).toEqual([]);
    expect((await app.inject(`/api/v1/people/${amara.id}/shares`)).json()).toEqual([
      expect.objectContaining({ itemId: item.id, itemTitle: item.title }),
    ]);
    const again = await post(`/api/v1/items/${item.id}/shares`, { personId: amara.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'ALREADY_EXISTS', message: expect.stringContaining('Already sent') },
    });

    // Taken back (the web's Undo): the share and the interaction it logged go; she is suggested again.
    const interactions = () =>
      app
        .inject(`/api/v1/interactions?personId=${amara.id}`)
        .then((r) => r.json<{ items: { kind: string }[] }>().items);
    expect((await interactions()).map((i) => i.kind)).toEqual(['share']);
    const undone = await app.inject({ method: 'DELETE', url: `/api/v1/items/${item.id}/shares/${amara.id}` });
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ itemId: item.id, personId: amara.id, note: 'for your team' });
    expect((await app.inject(`/api/v1/items/${item.id}`)).json<ItemView>().sharedWith).toEqual([]);
    expect(await interactions()).toEqual([]);
    expect((await app.inject(`/api/v1/items/${item.id}/suggestions`)).json()).toEqual([
      expect.objectContaining({ id: amara.id }),
    ]);
    const twice = await app.inject({ method: 'DELETE', url: `/api/v1/items/${item.id}/shares/${amara.id}` });
    expect(twice.statusCode).toBe(404);
    expect(twice.json()).toMatchObject({
      error: { message: '"Forecasting for planners" was not sent to Amara Nwosu' },
    });
    expect((await post(`/api/v1/items/${item.id}/shares`, { personId: amara.id })).statusCode).toBe(201);
  });

  it('suggests and tracks introductions', async () => {
    const ada = await addPerson({ displayName: 'Ada Okafor', needs: ['hiring demand planners'] });
    const amara = await addPerson({ displayName: 'Amara Nwosu', offers: ['demand planning'] });
    const suggestions = (await app.inject('/api/v1/introductions/suggestions')).json<{ reasons: string[] }[]>();
    expect(suggestions).toEqual([
      {
        personA: { id: ada.id, name: 'Ada Okafor' },
        personB: { id: amara.id, name: 'Amara Nwosu' },
        score: expect.any(Number),
        reasons: [expect.stringContaining('hiring demand planners')],
      },
    ]);
    const started = await post('/api/v1/introductions', { personAId: ada.id, personBId: amara.id, reason: 'planners' });
    expect(started.statusCode).toBe(201);
    const intro = started.json<IntroductionView>();
    const step = (status: string, on: string) =>
      app.inject({ method: 'PATCH', url: `/api/v1/introductions/${intro.id}`, payload: { status, on } });
    expect((await step('made', '2026-06-02')).statusCode).toBe(409);
    await step('asked-a', '2026-06-02');
    await step('asked-b', '2026-06-03');
    expect((await step('made', '2026-06-04')).json<IntroductionView>()).toMatchObject({
      status: 'made',
      followUpDue: '2026-06-25',
    });
    expect((await app.inject(`/api/v1/introductions/${intro.id}`)).json<IntroductionView>().status).toBe('made');
    expect((await app.inject('/api/v1/introductions')).json<IntroductionView[]>()).toHaveLength(1);
  });

  it('dismisses a suggested pair with feedback, and does not suggest it again', async () => {
    const ada = await addPerson({ displayName: 'Ada Okafor', needs: ['hiring demand planners'] });
    const amara = await addPerson({ displayName: 'Amara Nwosu', offers: ['demand planning'] });
    const suggested = async () => (await app.inject('/api/v1/introductions/suggestions')).json<unknown[]>();
    expect(await suggested()).toHaveLength(1);
    const same = await post('/api/v1/introductions/suggestions/dismiss', { personAId: ada.id, personBId: ada.id });
    expect(same.statusCode).toBe(400);
    const missing = await post('/api/v1/introductions/suggestions/dismiss', { personAId: ada.id, personBId: 'nope' });
    expect(missing.statusCode).toBe(404);
    expect(await suggested()).toHaveLength(1);
    const dismissed = await post('/api/v1/introductions/suggestions/dismiss', {
      personAId: amara.id,
      personBId: ada.id,
      feedback: 'they already work together',
    });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json()).toMatchObject({ feedback: 'they already work together' });
    expect(await suggested()).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and leaves nothing behind', async () => {
    const cases: [string, object, string][] = [
      ['/api/v1/items', { url: 'ftp://example.com/x' }, 'url'],
      ['/api/v1/items', { text: 'a', html: '<p>b</p>' }, 'source'],
      ['/api/v1/items', { text: 'ok', kind: 'podcast' }, 'kind'],
      ['/api/v1/introductions', { personAId: 'a' }, 'personBId'],
    ];
    for (const [url, payload, field] of cases) {
      const response = await post(url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', message: expect.stringContaining(field) },
      });
    }
    const unreadable = await post('/api/v1/items', { html: '<html><body><nav>Home</nav></body></html>' });
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json()).toMatchObject({ error: { code: 'ITEM_UNREADABLE' } });
    const unfetchable = await post('/api/v1/items', { url: 'https://news.example/missing' });
    expect(unfetchable.statusCode).toBe(422);
    expect(unfetchable.json()).toMatchObject({ error: { code: 'FETCH_FAILED' } });
    expect((await app.inject('/api/v1/items?archived=include')).json<{ items: Item[] }>().items).toEqual([]);
  });

  it('answers 404 for ids the owner does not have, on every route that takes one', async () => {
    const person = await addPerson({ displayName: 'Ada' });
    const item = (await post('/api/v1/items', { text: 'Demand planning notes' })).json<Item>();
    const requests: [string, string, object | undefined, string][] = [
      ['GET', '/api/v1/items/nope', undefined, 'ITEM_NOT_FOUND'],
      ['PATCH', '/api/v1/items/nope', { title: 'x' }, 'ITEM_NOT_FOUND'],
      ['POST', '/api/v1/items/nope/archive', undefined, 'ITEM_NOT_FOUND'],
      ['POST', '/api/v1/items/nope/unarchive', undefined, 'ITEM_NOT_FOUND'],
      ['GET', '/api/v1/items/nope/suggestions', undefined, 'ITEM_NOT_FOUND'],
      ['POST', '/api/v1/items/nope/shares', { personId: person.id }, 'ITEM_NOT_FOUND'],
      ['POST', `/api/v1/items/${item.id}/shares`, { personId: 'nope' }, 'PERSON_NOT_FOUND'],
      ['GET', '/api/v1/people/nope/shares', undefined, 'PERSON_NOT_FOUND'],
      ['GET', '/api/v1/introductions/nope', undefined, 'INTRODUCTION_NOT_FOUND'],
      ['PATCH', '/api/v1/introductions/nope', { status: 'asked-a' }, 'INTRODUCTION_NOT_FOUND'],
      ['POST', '/api/v1/introductions', { personAId: person.id, personBId: 'nope', reason: 'x' }, 'PERSON_NOT_FOUND'],
    ];
    for (const [method, url, payload, code] of requests) {
      const response = await app.inject({ method: method as 'GET', url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toMatchObject({ error: { code } });
    }
  });

  it('publishes every give-first route, and no field that keeps score', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/items',
        '/api/v1/items/{id}',
        '/api/v1/items/{id}/suggestions',
        '/api/v1/items/{id}/shares',
        '/api/v1/items/{id}/shares/{personId}',
        '/api/v1/people/{id}/shares',
        '/api/v1/introductions',
        '/api/v1/introductions/suggestions',
        '/api/v1/introductions/{id}',
      ]),
    );
    expect(scoreKeepingTerms(doc)).toEqual([]);
  });
});
