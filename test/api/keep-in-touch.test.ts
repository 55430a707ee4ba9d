import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import type { Interaction } from '../../src/core/interactions/schema.js';
import type { Today } from '../../src/core/keep-in-touch/schema.js';
import type { StoredOccasion } from '../../src/core/occasions/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import type { Reminder } from '../../src/core/reminders/schema.js';
import type { TimelineEntry } from '../../src/core/timeline/schema.js';
import { appActingAs, freshAppEachTest } from '../support/api.js';
import { createOwner, describeEachDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('keep-in-touch API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let person: Person;
  const now = new Date('2026-03-10T12:00:00Z');

  const post = (url: string, payload?: object) => app.inject({ method: 'POST', url, payload: payload ?? {} });

  freshAppEachTest(
    kind,
    async (fresh) => {
      ({ database, app } = fresh);
      await app.inject({ method: 'PATCH', url: '/api/v1/settings', payload: { timeZone: 'UTC' } });
      person = (await post('/api/v1/people', { displayName: 'Ada Okafor', tier: 'close', birthday: '--03-13' })).json();
    },
    { now },
  );

  it('logs, reads, edits, lists and deletes interactions', async () => {
    const created = await post('/api/v1/interactions', {
      personIds: [person.id],
      occurredAt: '2026-01-01',
      kind: 'meal',
      summary: 'Lunch',
    });
    expect(created.statusCode).toBe(201);
    const interaction = created.json<Interaction>();
    expect(interaction).toMatchObject({ occurredOn: '2026-01-01', personIds: [person.id] });
    expect((await app.inject(`/api/v1/interactions/${interaction.id}`)).json<Interaction>().summary).toBe('Lunch');
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/interactions/${interaction.id}`,
      payload: { summary: 'Long lunch', kind: 'meeting' },
    });
    expect(patched.json<Interaction>()).toMatchObject({ summary: 'Long lunch', kind: 'meeting' });
    const listed = await app.inject(`/api/v1/interactions?personId=${person.id}`);
    expect(listed.json<{ items: Interaction[] }>().items.map((i) => i.id)).toEqual([interaction.id]);
    const timeline = await app.inject(`/api/v1/people/${person.id}/timeline`);
    expect(timeline.json<{ items: TimelineEntry[] }>().items.map((e) => e.summary)).toContain('Long lunch');
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/interactions/${interaction.id}` })).statusCode).toBe(
      200,
    );
    expect((await app.inject(`/api/v1/interactions/${interaction.id}`)).statusCode).toBe(404);
  });

  it('answers the daily list with reasons, and previews another day', async () => {
    await post('/api/v1/interactions', { personIds: [person.id], occurredAt: '2025-12-01', summary: 'Call' });
    const today = (await app.inject('/api/v1/today')).json<Today>();
    expect(today.date).toBe('2026-03-10');
    expect(today.entries.map((e) => e.reasons)).toEqual([
      ['last spoke 99 days ago; you aim for every 60 days', 'birthday on Friday'],
    ]);
    const preview = (await app.inject('/api/v1/today?asOf=2026-01-15')).json<Today>();
    expect(preview.entries).toEqual([]);
    const limited = await app.inject('/api/v1/today?limit=0');
    expect(limited.statusCode).toBe(400);
  });

  it('creates, lists, snoozes and completes reminders', async () => {
    const created = await post('/api/v1/reminders', {
      personId: person.id,
      text: 'send the deck',
      dueOn: '2026-03-10',
    });
    expect(created.statusCode).toBe(201);
    const reminder = created.json<Reminder>();
    expect((await app.inject('/api/v1/reminders')).json<{ items: Reminder[] }>().items).toHaveLength(1);
    const snoozed = await post(`/api/v1/reminders/${reminder.id}/snooze`, { for: '1w' });
    expect(snoozed.json<Reminder>().snoozedUntil).toBe('2026-03-17');
    expect((await app.inject('/api/v1/reminders')).json<{ items: Reminder[] }>().items).toHaveLength(0);
    expect((await app.inject('/api/v1/reminders?all=true')).json<{ items: Reminder[] }>().items).toHaveLength(1);
    expect((await post(`/api/v1/reminders/${reminder.id}/complete`)).json<Reminder>().doneAt).not.toBeNull();
    expect((await app.inject(`/api/v1/reminders/${reminder.id}`)).json<Reminder>().doneAt).not.toBeNull();
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/reminders/${reminder.id}` })).statusCode).toBe(200);
  });

  it('snoozes a person, answers drift, manages occasions and settings', async () => {
    const snoozed = await post(`/api/v1/people/${person.id}/snooze`, { until: '2026-04-01' });
    expect(snoozed.json()).toMatchObject({ personId: person.id, snoozedUntil: '2026-04-01' });
    expect((await app.inject('/api/v1/today')).json<Today>().entries).toEqual([]);
    const dismissed = await post(`/api/v1/people/${person.id}/drift/dismiss`);
    expect(dismissed.json()).toEqual({
      personId: person.id,
      tier: 'close',
      driftSilencedUntil: '2026-05-09',
      before: { tier: 'close', cadenceDays: null, driftSilencedUntil: null },
    });
    const accepted = await post(`/api/v1/people/${person.id}/drift/accept`);
    expect(accepted.json()).toMatchObject({ tier: 'regular' });
    const undone = await post(`/api/v1/people/${person.id}/drift/undo`, accepted.json().before);
    expect(undone.json()).toMatchObject({ tier: 'close', driftSilencedUntil: '2026-05-09' });
    const forged = await post(`/api/v1/people/${person.id}/drift/undo`, { tier: 'closest', cadenceDays: null });
    expect(forged.statusCode).toBe(400);
    const occasion = await post(`/api/v1/people/${person.id}/occasions`, {
      label: 'work anniversary',
      date: '--06-01',
    });
    expect(occasion.statusCode).toBe(201);
    const listed = await app.inject(`/api/v1/people/${person.id}/occasions`);
    expect(listed.json<{ items: StoredOccasion[] }>().items.map((o) => o.label)).toEqual(['work anniversary']);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/occasions/${occasion.json<StoredOccasion>().id}`,
    });
    expect(removed.statusCode).toBe(200);
    const settings = await app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { cadences: { inner: 14 } },
    });
    expect(settings.json()).toMatchObject({ cadences: { inner: 14, close: 60 }, timeZone: 'UTC', phoneRegion: 'US' });
    const region = await app.inject({ method: 'PATCH', url: '/api/v1/settings', payload: { phoneRegion: 'de' } });
    expect(region.json()).toMatchObject({ cadences: { inner: 14 }, phoneRegion: 'DE' });
    expect((await app.inject('/api/v1/settings')).json()).toMatchObject({ cadences: { inner: 14 }, phoneRegion: 'DE' });
  });

  it('answers bad input with 400 naming the field, and leaves data as it was', async () => {
    const cases: [string, string, object][] = [
      ['POST', '/api/v1/interactions', { personIds: [], summary: 'x' }],
      ['POST', '/api/v1/interactions', { personIds: [person.id], summary: 'x', kind: 'date' }],
      ['POST', '/api/v1/interactions', { personIds: [person.id], summary: 'x', occurredAt: 'yesterday' }],
      ['POST', '/api/v1/interactions', { personIds: [person.id], summary: 'x'.repeat(501) }],
      ['POST', '/api/v1/reminders', { text: 'x', dueOn: '2026-02-30' }],
      ['POST', `/api/v1/people/${person.id}/snooze`, {}],
      ['POST', `/api/v1/people/${person.id}/snooze`, { for: 'a while' }],
      ['POST', `/api/v1/people/${person.id}/occasions`, { label: 'x', date: '13-01' }],
      ['PATCH', '/api/v1/settings', { dailyListSize: 0 }],
      ['PATCH', '/api/v1/settings', { timeZone: 'Mars/Olympus' }],
      ['PATCH', '/api/v1/settings', { phoneRegion: 'UK' }],
    ];
    for (const [method, url, payload] of cases) {
      const response = await app.inject({ method: method as 'POST', url, payload });
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await app.inject('/api/v1/interactions')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await app.inject('/api/v1/reminders?all=true')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await app.inject('/api/v1/settings')).json()).toMatchObject({
      dailyListSize: 7,
      timeZone: 'UTC',
      phoneRegion: 'US',
    });
  });

  it('answers 404 for ids the owner does not have, including another owner’s', async () => {
    const other = await createOwner(database.repos, { now });
    const otherApp = await appActingAs(other.ownerId, { repos: database.repos, now: () => now });
    const theirPerson = (
      await otherApp.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName: 'T' } })
    ).json<Person>().id;
    const theirInteraction = (
      await otherApp.inject({
        method: 'POST',
        url: '/api/v1/interactions',
        payload: { personIds: [theirPerson], summary: 'x' },
      })
    ).json<Interaction>().id;
    const theirReminder = (
      await otherApp.inject({ method: 'POST', url: '/api/v1/reminders', payload: { text: 'x', dueOn: '2026-03-01' } })
    ).json<Reminder>().id;
    const theirOccasion = (
      await otherApp.inject({
        method: 'POST',
        url: `/api/v1/people/${theirPerson}/occasions`,
        payload: { label: 'x', date: '--01-01' },
      })
    ).json<StoredOccasion>().id;
    await otherApp.close();

    const requests: [string, string, object?][] = [
      ['GET', `/api/v1/interactions/${theirInteraction}`],
      ['PATCH', `/api/v1/interactions/${theirInteraction}`, { summary: 'y' }],
      ['DELETE', `/api/v1/interactions/${theirInteraction}`],
      ['GET', `/api/v1/interactions?personId=${theirPerson}`],
      ['POST', '/api/v1/interactions', { personIds: [theirPerson], summary: 'x' }],
      ['GET', `/api/v1/reminders/${theirReminder}`],
      ['POST', `/api/v1/reminders/${theirReminder}/complete`, {}],
      ['POST', `/api/v1/reminders/${theirReminder}/snooze`, { for: '1w' }],
      ['DELETE', `/api/v1/reminders/${theirReminder}`],
      ['POST', '/api/v1/reminders', { personId: theirPerson, text: 'x', dueOn: '2026-03-01' }],
      ['POST', `/api/v1/people/${theirPerson}/snooze`, { for: '1w' }],
      ['POST', `/api/v1/people/${theirPerson}/drift/accept`, {}],
      ['POST', `/api/v1/people/${theirPerson}/drift/dismiss`, {}],
      [
        'POST',
        `/api/v1/people/${theirPerson}/drift/undo`,
        { tier: 'inner', cadenceDays: null, driftSilencedUntil: null },
      ],
      ['GET', `/api/v1/people/${theirPerson}/timeline`],
      ['GET', `/api/v1/people/${theirPerson}/occasions`],
      ['POST', `/api/v1/people/${theirPerson}/occasions`, { label: 'x', date: '--01-01' }],
      ['DELETE', `/api/v1/occasions/${theirOccasion}`],
      ['GET', '/api/v1/interactions/nope'],
    ];
    for (const [method, url, payload] of requests) {
      const response = await app.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/today',
        '/api/v1/interactions',
        '/api/v1/interactions/{id}',
        '/api/v1/people/{id}/timeline',
        '/api/v1/people/{id}/snooze',
        '/api/v1/people/{id}/drift/accept',
        '/api/v1/people/{id}/drift/dismiss',
        '/api/v1/people/{id}/drift/undo',
        '/api/v1/reminders',
        '/api/v1/reminders/{id}/complete',
        '/api/v1/reminders/{id}/snooze',
        '/api/v1/settings',
      ]),
    );
  });
});
