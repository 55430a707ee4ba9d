import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EventView, KithEvent, MeetResult } from '../../src/core/events/schema.js';
import type { Interaction } from '../../src/core/interactions/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

// The web app's offline queue sends each capture with a key it made; a retry (the first
// answer was lost) must return the first answer instead of creating a second person.
describeEachDatabase('creates sent with an Idempotency-Key', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const owner = await createOwner(database.repos);
    app = await appActingAs(owner.ownerId, { repos: database.repos, now: () => new Date('2026-06-01T12:00:00Z') });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, payload: object, key?: string) =>
    app.inject({ method: 'POST', url, payload, headers: key ? { 'idempotency-key': key } : {} });

  it('creates once per key: retries, even racing ones, get the first answer', async () => {
    const event = (
      await post('/api/v1/events', { name: 'ProMat', kind: 'convention', startsOn: '2026-06-01', status: 'attended' })
    ).json<KithEvent>();
    const capture = {
      newPerson: { displayName: 'Grace Mensah' },
      note: 'needs speakers',
      metAt: '2026-06-01T09:15:00Z',
    };
    const first = await post(`/api/v1/events/${event.id}/met`, capture, 'capture-1');
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const [again, racing] = await Promise.all([
      post(`/api/v1/events/${event.id}/met`, capture, 'capture-1'),
      post(`/api/v1/events/${event.id}/met`, capture, 'capture-1'),
    ]);
    for (const retry of [again, racing]) {
      expect(retry.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json()).toEqual(first.json());
    }
    const met = first.json<MeetResult>();
    expect(met.link.createdAt).toBe('2026-06-01T09:15:00.000Z');

    // Two new keys raced against each other: both create, each once.
    const both = await Promise.all(
      ['capture-2', 'capture-3'].map((key) =>
        post(`/api/v1/events/${event.id}/met`, { newPerson: { displayName: `Guest ${key}` } }, key),
      ),
    );
    expect(both.map((answer) => answer.statusCode)).toEqual([201, 201]);

    const view = (await app.inject(`/api/v1/events/${event.id}`)).json<EventView>();
    expect(view.people.map((person) => person.displayName).sort()).toEqual([
      'Grace Mensah',
      'Guest capture-2',
      'Guest capture-3',
    ]);
    const people = (await app.inject('/api/v1/people')).json<{ items: Person[] }>();
    expect(people.items).toHaveLength(3);
    const interactions = (await app.inject(`/api/v1/interactions?personId=${met.person.id}`)).json<{
      items: Interaction[];
    }>();
    expect(interactions.items.map((item) => item.occurredAt)).toEqual(['2026-06-01T09:15:00.000Z']);
  });

  it('logs an interaction once per key, and refuses a key reused for another request', async () => {
    const ada = (await post('/api/v1/people', { displayName: 'Ada' }, 'person-1')).json<Person>();
    expect((await post('/api/v1/people', { displayName: 'Ada' }, 'person-1')).json<Person>().id).toBe(ada.id);
    const log = { personIds: [ada.id], kind: 'meal', summary: 'Lunch at the expo' };
    const first = await post('/api/v1/interactions', log, 'log-1');
    const retry = await post('/api/v1/interactions', log, 'log-1');
    expect(retry.json<Interaction>().id).toBe(first.json<Interaction>().id);

    const reused = await post('/api/v1/interactions', { ...log, summary: 'Dinner' }, 'log-1');
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringContaining('Idempotency-Key') },
    });
    const listed = (await app.inject(`/api/v1/interactions?personId=${ada.id}`)).json<{ items: Interaction[] }>();
    expect(listed.items).toHaveLength(1);
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toHaveLength(1);
  });

  it('stores nothing for a refused create, so the fixed request can reuse its key', async () => {
    const refused = await post('/api/v1/people', { displayName: '' }, 'person-2');
    expect(refused.statusCode).toBe(400);
    const fixed = await post('/api/v1/people', { displayName: 'Bo' }, 'person-2');
    expect(fixed.statusCode).toBe(201);
    const badKey = await post('/api/v1/people', { displayName: 'Cy' }, 'a key with spaces');
    expect(badKey.statusCode).toBe(400);
  });
});
