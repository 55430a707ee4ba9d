import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('an interaction’s event', (kind) => {
  let database: TestDatabase;
  let ada: FastifyInstance;
  let bob: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const now = () => new Date('2026-06-01T12:00:00Z');
    ada = await appActingAs((await createOwner(database.repos)).ownerId, { repos: database.repos, now });
    bob = await appActingAs((await createOwner(database.repos)).ownerId, { repos: database.repos, now });
  });
  afterEach(async () => {
    await ada.close();
    await bob.close();
    await database.close();
  });

  const post = (app: FastifyInstance, url: string, payload: object) => app.inject({ method: 'POST', url, payload });

  it('must be one of the owner’s own events: another owner’s is 404, as any other reference', async () => {
    const adaEvent = (await post(ada, '/api/v1/events', { name: 'Logistics World', startsOn: '2026-05-01' })).json();
    const bobEvent = (await post(bob, '/api/v1/events', { name: 'Data Days', startsOn: '2026-05-02' })).json();
    const grace = (await post(bob, '/api/v1/people', { displayName: 'Grace' })).json();
    const log = (eventId: string) =>
      post(bob, '/api/v1/interactions', {
        summary: 'Coffee',
        personIds: [grace.id],
        eventId,
        occurredAt: '2026-05-02',
      });

    const refused = await log(adaEvent.id);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error).toMatchObject({
      code: 'EVENT_NOT_FOUND',
      message: `eventId: no event with id ${adaEvent.id}`,
    });
    expect((await log('01J0000000000000000000NONE')).statusCode).toBe(404);
    expect((await bob.inject('/api/v1/interactions')).json().items).toHaveLength(0);

    const logged = await log(bobEvent.id);
    expect(logged.statusCode).toBe(201);
    const id = logged.json().id;
    const edit = (eventId: string | null) =>
      bob.inject({ method: 'PATCH', url: `/api/v1/interactions/${id}`, payload: { eventId } });
    expect((await edit(adaEvent.id)).statusCode).toBe(404);
    expect((await bob.inject(`/api/v1/interactions/${id}`)).json().eventId).toBe(bobEvent.id);
    expect((await edit(null)).json().eventId).toBeNull();
  });
});
