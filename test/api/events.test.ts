import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import type {
  DeleteEventResult,
  EventPrep,
  EventView,
  FollowUp,
  KithEvent,
  MeetResult,
  SourcesReport,
} from '../../src/core/events/schema.js';
import type { DeleteOrganizationResult, Organization, OrganizationView } from '../../src/core/organizations/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { appActingAs, freshAppEachTest } from '../support/api.js';
import { createOwner, describeEachDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('events and organizations API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  freshAppEachTest(
    kind,
    (fresh) => {
      ({ database, app } = fresh);
    },
    { now: new Date('2026-06-01T12:00:00Z') },
  );

  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

  it('manages organizations, membership and affiliations', async () => {
    const created = await post('/api/v1/organizations', { name: 'Logistics Association', kind: 'trade_association' });
    expect(created.statusCode).toBe(201);
    const org = created.json<Organization>();
    const joined = await app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${org.id}/membership`,
      payload: { role: 'speaker', since: '2025-01-01', renewsOn: '2027-01-01' },
    });
    expect(joined.json<Organization>().membership).toEqual({
      role: 'speaker',
      since: '2025-01-01',
      renewsOn: '2027-01-01',
      reminderId: expect.any(String),
    });
    const ada = (await post('/api/v1/people', { displayName: 'Ada Okafor' })).json<Person>();
    const affiliated = await app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${org.id}/affiliations`,
      payload: { personId: ada.id, role: 'chair' },
    });
    expect(affiliated.statusCode).toBe(200);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${org.id}`,
      payload: { url: 'https://la.example' },
    });
    expect(patched.json<Organization>().url).toBe('https://la.example');
    const view = (await app.inject(`/api/v1/organizations/${org.id}`)).json<OrganizationView>();
    expect(view.members).toEqual([{ id: ada.id, displayName: 'Ada Okafor', role: 'chair', current: true }]);
    expect((await app.inject('/api/v1/organizations')).json<Organization[]>()).toHaveLength(1);
    const removed = await app.inject({ method: 'DELETE', url: `/api/v1/organizations/${org.id}` });
    expect(removed.json<DeleteOrganizationResult>().unlinked).toEqual({ affiliations: 1, events: 0 });
    expect((await app.inject(`/api/v1/people/${ada.id}`)).statusCode).toBe(200);
  });

  it('manages events, quick capture, attending, follow-ups, prep and sources', async () => {
    const created = await post('/api/v1/events', {
      name: 'Logistics World',
      kind: 'convention',
      startsOn: '2026-05-20',
      endsOn: '2026-05-22',
      location: 'Lisbon',
      status: 'attended',
    });
    expect(created.statusCode).toBe(201);
    const event = created.json<KithEvent>();
    const captured = await post(`/api/v1/events/${event.id}/met`, {
      newPerson: { displayName: 'Grace Mensah', company: 'Accra Ports' },
      note: 'wants speakers',
    });
    expect(captured.statusCode).toBe(201);
    const grace = captured.json<MeetResult>();
    expect(grace).toMatchObject({
      created: true,
      link: { relation: 'met', followUp: 'pending', note: 'wants speakers' },
    });
    const bo = (await post('/api/v1/people', { displayName: 'Bo Lind', location: 'Lisbon' })).json<Person>();
    expect((await post(`/api/v1/events/${event.id}/attending`, { person: bo.id })).statusCode).toBe(200);

    const view = (await app.inject(`/api/v1/events/${event.id}`)).json<EventView>();
    expect(view.people.map((p) => p.displayName)).toEqual(['Grace Mensah', 'Bo Lind']);
    const followUps = (await app.inject(`/api/v1/follow-ups?eventId=${event.id}`)).json<FollowUp[]>();
    expect(followUps).toEqual([expect.objectContaining({ personId: grace.person.id, dueOn: '2026-05-24' })]);
    const dismissed = await post(`/api/v1/events/${event.id}/follow-ups/${grace.person.id}/dismiss`, {});
    expect(dismissed.statusCode).toBe(200);
    expect((await app.inject('/api/v1/follow-ups')).json<FollowUp[]>()).toEqual([]);
    // Undo of the dismissal: she is back among the follow-ups, then dismissed again.
    const reopened = await post(`/api/v1/events/${event.id}/follow-ups/${grace.person.id}/reopen`, {});
    expect(reopened.json()).toMatchObject({ followUp: 'pending', followUpAt: null });
    expect((await app.inject('/api/v1/follow-ups')).json<FollowUp[]>()).toEqual(followUps);
    await post(`/api/v1/events/${event.id}/follow-ups/${grace.person.id}/dismiss`, {});
    const notMet = await post(`/api/v1/events/${event.id}/follow-ups/${bo.id}/reopen`, {});
    expect(notMet.statusCode).toBe(404);

    const prep = (await app.inject(`/api/v1/events/${event.id}/prep`)).json<EventPrep>();
    expect(prep.local.map((p) => p.id)).toEqual([bo.id]);
    const sources = (await app.inject('/api/v1/sources')).json<SourcesReport>();
    expect(sources.sources).toEqual([
      { kind: 'event', id: event.id, name: 'Logistics World', introduced: 1, stillInTouch: 1 },
    ]);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      payload: { status: 'skipped' },
    });
    expect(patched.json<KithEvent>().status).toBe('skipped');
    expect((await app.inject('/api/v1/events?status=skipped')).json<KithEvent[]>()).toHaveLength(1);
    const removed = await app.inject({ method: 'DELETE', url: `/api/v1/events/${event.id}` });
    expect(removed.json<DeleteEventResult>().unlinked).toEqual({ people: 2, interactions: 1 });
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toHaveLength(2);
  });

  it('answers bad input with 400 naming the field, and leaves data as it was', async () => {
    const badDate = await post('/api/v1/events', { name: 'X', startsOn: '2026-13-01' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('startsOn') },
    });
    const badKind = await post('/api/v1/organizations', { name: 'X', kind: 'guild' });
    expect(badKind.statusCode).toBe(400);
    const event = (await post('/api/v1/events', { name: 'Meetup', startsOn: '2026-05-20' })).json<KithEvent>();
    const badCapture = await post(`/api/v1/events/${event.id}/met`, {
      newPerson: { displayName: 'Ada', emails: [{ value: 'nope' }] },
    });
    expect(badCapture.statusCode).toBe(400);
    expect(badCapture.json()).toMatchObject({ error: { message: expect.stringContaining('newPerson') } });
    const empty = await post(`/api/v1/events/${event.id}/met`, { note: 'who?' });
    expect(empty.statusCode).toBe(400);
    const inconsistent = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      payload: { endsOn: '2026-01-01' },
    });
    expect(inconsistent.statusCode).toBe(400);
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toEqual([]);
    expect((await app.inject(`/api/v1/events/${event.id}`)).json<EventView>().event.endsOn).toBeNull();
  });

  it('refuses event dates that leave a meeting outside them, and a renewal before member since, naming the field', async () => {
    const event = (
      await post('/api/v1/events', { name: 'Logistics World', startsOn: '2026-05-20', endsOn: '2026-05-22' })
    ).json<KithEvent>();
    // Recorded on June 1, after the event: met on its last day, May 22, everywhere.
    const met = (
      await post(`/api/v1/events/${event.id}/met`, { newPerson: { displayName: 'Ada Okafor' } })
    ).json<MeetResult>();
    expect((await app.inject(`/api/v1/people/${met.person.id}`)).json<Person>().metOn).toBe('2026-05-22');
    const personEvents = (await app.inject(`/api/v1/people/${met.person.id}/events`)).json<{
      items: { metOn: string | null }[];
    }>();
    expect(personEvents.items.map((item) => item.metOn)).toEqual(['2026-05-22']);
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      payload: { startsOn: '2026-07-01', endsOn: '2026-07-03', status: 'planned', name: 'x'.repeat(150) },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'startsOn: must not be after 2026-05-22: you met 1 person here that day',
        details: { issues: [{ field: 'startsOn' }] },
      },
    });
    expect((await app.inject(`/api/v1/events/${event.id}`)).json<EventView>().event).toMatchObject({
      name: 'Logistics World',
      startsOn: '2026-05-20',
      status: 'attended',
    });
    const long = await app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      payload: { name: 'x'.repeat(5000) },
    });
    expect(long.json()).toMatchObject({ error: { message: 'body.name: must be at most 200 characters' } });

    const org = (await post('/api/v1/organizations', { name: 'Logistics Association' })).json<Organization>();
    const renewal = await app.inject({
      method: 'PUT',
      url: `/api/v1/organizations/${org.id}/membership`,
      payload: { since: '2025-03-01', renewsOn: '2024-01-01' },
    });
    expect(renewal.statusCode).toBe(400);
    expect(renewal.json()).toMatchObject({
      error: {
        message: 'body.renewsOn: must not be before member since (2025-03-01)',
        details: { issues: [{ field: 'body.renewsOn' }] },
      },
    });
    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organizations/${org.id}`,
      payload: { membership: { since: '2025-03-01', renewsOn: '2024-01-01' } },
    });
    expect(edited.statusCode).toBe(400);
    expect(
      (await app.inject(`/api/v1/organizations/${org.id}`)).json<OrganizationView>().organization.membership,
    ).toBeNull();
  });

  it('says what an affiliation replaced when the person was already there', async () => {
    const org = (await post('/api/v1/organizations', { name: 'Logistics Association' })).json<Organization>();
    const grace = (await post('/api/v1/people', { displayName: 'Grace Mensah' })).json<Person>();
    const affiliate = (role: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/organizations/${org.id}/affiliations`,
        payload: { personId: grace.id, role },
      });
    expect((await affiliate('member')).json()).toMatchObject({ role: 'member', previous: null });
    expect((await affiliate('treasurer')).json()).toMatchObject({
      role: 'treasurer',
      previous: { role: 'member', current: true },
    });
  });

  it('answers 404 for ids the owner does not have, including another user’s', async () => {
    const other = await createOwner(database.repos, { email: 'other@example.test' });
    const otherApp = await appActingAs(other.ownerId, { repos: database.repos });
    const theirEvent = (
      await otherApp.inject({
        method: 'POST',
        url: '/api/v1/events',
        payload: { name: 'Theirs', startsOn: '2026-01-01' },
      })
    ).json<KithEvent>();
    const theirOrg = (
      await otherApp.inject({ method: 'POST', url: '/api/v1/organizations', payload: { name: 'Theirs' } })
    ).json<Organization>();
    const theirPerson = (
      await otherApp.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName: 'Theirs' } })
    ).json<Person>();
    await otherApp.close();
    const mine = (await post('/api/v1/events', { name: 'Mine', startsOn: '2026-01-01' })).json<KithEvent>();

    const requests: [string, string, object?][] = [
      ['GET', `/api/v1/events/${theirEvent.id}`],
      ['PATCH', `/api/v1/events/${theirEvent.id}`, { name: 'x' }],
      ['DELETE', `/api/v1/events/${theirEvent.id}`],
      ['POST', `/api/v1/events/${theirEvent.id}/met`, { newPerson: { displayName: 'X' } }],
      ['POST', `/api/v1/events/${mine.id}/met`, { personId: theirPerson.id }],
      ['POST', `/api/v1/events/${theirEvent.id}/attending`, { person: 'X' }],
      ['POST', `/api/v1/events/${mine.id}/attending`, { person: theirPerson.id }],
      ['GET', `/api/v1/events/${theirEvent.id}/prep`],
      ['GET', `/api/v1/follow-ups?eventId=${theirEvent.id}`],
      ['GET', `/api/v1/events?organizationId=${theirOrg.id}`],
      ['POST', `/api/v1/events/${theirEvent.id}/follow-ups/${theirPerson.id}/dismiss`],
      ['POST', `/api/v1/events/${theirEvent.id}/follow-ups/${theirPerson.id}/reopen`],
      ['GET', `/api/v1/organizations/${theirOrg.id}`],
      ['PATCH', `/api/v1/organizations/${theirOrg.id}`, { name: 'x' }],
      ['DELETE', `/api/v1/organizations/${theirOrg.id}`],
      ['PUT', `/api/v1/organizations/${theirOrg.id}/membership`, { role: 'member' }],
      ['PUT', `/api/v1/organizations/${theirOrg.id}/affiliations`, { personId: theirPerson.id }],
      ['PATCH', `/api/v1/events/${mine.id}`, { organizationId: theirOrg.id }],
    ];
    for (const [method, url, payload] of requests) {
      const response = await app.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
      expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 404 });
    }
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toEqual([]);
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{id}',
        '/api/v1/events/{id}/met',
        '/api/v1/events/{id}/attending',
        '/api/v1/events/{id}/prep',
        '/api/v1/events/{id}/follow-ups/{personId}/dismiss',
        '/api/v1/events/{id}/follow-ups/{personId}/reopen',
        '/api/v1/follow-ups',
        '/api/v1/sources',
        '/api/v1/organizations',
        '/api/v1/organizations/{id}',
        '/api/v1/organizations/{id}/membership',
        '/api/v1/organizations/{id}/affiliations',
      ]),
    );
  });
});
