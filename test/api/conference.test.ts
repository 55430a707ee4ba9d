import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AttendeeList, NextMorning, TalkSuggestions } from '../../src/core/conference/schema.js';
import type { KithEvent, MeetResult } from '../../src/core/events/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import type { ShareView } from '../../src/core/shares/schema.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'conference', name), 'utf8');

describeEachDatabase('conference mode API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const owner = await createOwner(database.repos);
    app = await appActingAs(owner.ownerId, { repos: database.repos, now: () => new Date('2026-06-11T12:00:00Z') });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const peopleCount = async () =>
    (await app.inject('/api/v1/people?limit=1000')).json<{ items: Person[] }>().items.length;

  it('imports an attendee list in one transaction, matches known people, adds a stranger only when met', async () => {
    await post('/api/v1/people', { displayName: 'Robert Mensah', company: 'Acme Freight' });
    await post('/api/v1/people', { displayName: 'Adaeze Okafor', emails: [{ value: 'ada@okafor.dev' }] });
    await post('/api/v1/people', { displayName: 'Lena Vogel', links: [{ url: 'https://linkedin.com/in/lena-vogel' }] });
    const event = (
      await post('/api/v1/events', {
        name: 'DevConf',
        kind: 'conference',
        startsOn: '2026-06-10',
        endsOn: '2026-06-11',
      })
    ).json<KithEvent>();
    const url = `/api/v1/events/${event.id}/attendees`;

    const imported = await app.inject({ method: 'PUT', url, payload: { csv: fixture('attendees.csv') } });
    expect(imported.statusCode).toBe(200);
    const list = imported.json<AttendeeList>();
    expect([list.total, list.known]).toEqual([6, 3]);
    expect(list.attendees.filter((a) => a.person).map((a) => [a.name, a.person?.displayName, a.matchEvidence])).toEqual(
      [
        ['Bob Mensah', 'Robert Mensah', expect.stringContaining('nickname')],
        ['Ada Okafor', 'Adaeze Okafor', 'same email (ada@okafor.dev)'],
        ['L. Vogel', 'Lena Vogel', expect.stringContaining('same profile')],
      ],
    );
    expect(await peopleCount()).toBe(3);

    const broken = await app.inject({ method: 'PUT', url, payload: { csv: fixture('attendees-malformed.csv') } });
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toMatchObject({ error: { code: 'IMPORT_FAILED', details: { line: 3 } } });
    expect((await app.inject(url)).json<AttendeeList>().total).toBe(6);

    // Re-importing replaces the list.
    const replaced = await app.inject({
      method: 'PUT',
      url,
      payload: { csv: 'Name,Company\nTom Baker,Bistro Nord\n' },
    });
    expect(replaced.json<AttendeeList>()).toMatchObject({ total: 1, known: 0 });
    const tom = replaced.json<AttendeeList>().attendees[0];
    const met = await post(`${url}/${tom?.id}/met`, { note: 'talked about sourdough' });
    expect(met.statusCode).toBe(201);
    expect(met.json<MeetResult>()).toMatchObject({ created: true, person: { displayName: 'Tom Baker' } });
    expect(await peopleCount()).toBe(4);
    expect((await app.inject(url)).json<AttendeeList>()).toMatchObject({ known: 1, attendees: [{ met: true }] });

    const morning = (await app.inject('/api/v1/follow-ups/next-morning?asOf=2026-06-12')).json<NextMorning>();
    expect(morning.followUps.map((f) => f.personName)).toEqual(['Tom Baker']);
    expect(morning.followUps[0]?.draft).toContain('DevConf yesterday, and I enjoyed our conversation.');
    // Your note is yours: beside the draft, never quoted in a message to them.
    expect(morning.followUps[0]?.note).toBe('talked about sourdough');
    expect(morning.followUps[0]?.draft).not.toContain('sourdough');
    expect((await app.inject('/api/v1/follow-ups/next-morning?asOf=2026-06-11')).json<NextMorning>().followUps).toEqual(
      [],
    );
  });

  it('suggests whom to send the slides after a talk, and sends them as a share', async () => {
    const ada = (
      await post('/api/v1/people', { displayName: 'Ada Okafor', topics: ['container shipping'], needs: ['port data'] })
    ).json<Person>();
    const talk = (
      await post('/api/v1/events', {
        name: 'Harbor Guild meeting',
        kind: 'organization_meeting',
        startsOn: '2026-06-05',
        role: 'speaker',
        talkTitle: 'Container shipping after the canal closure',
        talkDescription: 'Routing, port congestion and what shippers changed.',
      })
    ).json<KithEvent>();
    const suggestions = (await app.inject(`/api/v1/events/${talk.id}/talk/suggestions`)).json<TalkSuggestions>();
    expect(suggestions.suggestions.map((s) => s.id)).toEqual([ada.id]);
    const sent = await post(`/api/v1/events/${talk.id}/talk/shares`, {
      personId: ada.id,
      slidesUrl: 'https://slides.example.com/c',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json<ShareView>()).toMatchObject({
      personName: 'Ada Okafor',
      itemTitle: expect.stringContaining('Container shipping'),
    });
    const after = (await app.inject(`/api/v1/events/${talk.id}/talk/suggestions`)).json<TalkSuggestions>();
    expect(after.suggestions).toEqual([]);
    expect(after.sentTo.map((s) => s.personId)).toEqual([ada.id]);
  });
});
