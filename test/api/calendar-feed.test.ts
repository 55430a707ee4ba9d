import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { updateEvent } from '../../src/core/events/update-event.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { joinOrganization } from '../../src/core/organizations/update-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { freshAppEachTest } from '../support/api.js';
import { describeEachDatabase, type OwnerDeps, type TestDatabase } from '../support/databases.js';

type Entry = { uid: string; start: string; summary: string; location: string | null; sequence: number };

function entriesOf(text: string): Entry[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    start: String(event.getFirstPropertyValue('dtstart')),
    summary: String(event.getFirstPropertyValue('summary')),
    location: (event.getFirstPropertyValue('location') as string | null) ?? null,
    sequence: Number(event.getFirstPropertyValue('sequence')),
  }));
}

// The feed over HTTP on each database; test/cli/calendar-feed.test.ts reads it with real
// calendar programs (vdirsyncer and khal) from a `kith serve` on SQLite.
describeEachDatabase('the calendar feed', (kind) => {
  let _database: TestDatabase;
  let owner: OwnerDeps;
  let app: FastifyInstance;

  freshAppEachTest(
    kind,
    (fresh) => {
      ({ app, deps: owner } = fresh);
    },
    { now: new Date('2026-06-01T09:00:00Z'), app: { publicUrl: 'https://kith.test' } },
  );

  async function feedPath(rotate = false): Promise<string> {
    const response = await app.inject({ method: 'POST', url: '/api/v1/calendar-feed', payload: { rotate } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().path;
  }

  it('holds birthdays, reminders, renewals, events and follow-ups with stable UIDs, and nothing else about people', async () => {
    const ada = await createPerson(owner, {
      displayName: 'Ada Lovelace',
      birthday: '1990-06-04',
      emails: [{ value: 'ada@example.com' }],
      notes: 'secret notes about Ada',
    });
    await createReminder(owner, { personId: ada.id, text: 'send the paper', dueOn: '2026-06-06' });
    const guild = await createOrganization(owner, { name: 'Data Guild', kind: 'professional_body' });
    await joinOrganization(owner, guild.id, { renewsOn: '2026-06-20' });
    const conference = await createEvent(owner, {
      name: 'RustConf',
      kind: 'conference',
      startsOn: '2026-06-10',
      endsOn: '2026-06-11',
      location: 'Montreal',
      role: 'speaker',
      talkTitle: 'Ownership for humans',
    });
    const meetup = await createEvent(owner, { name: 'Data meetup', startsOn: '2026-05-31', status: 'attended' });
    await meetAtEvent(owner, meetup.id, { newPerson: { displayName: 'Linus Met' } });

    const path = await feedPath();
    expect(path).toMatch(/^\/ical\/[0-9a-z]+\.[A-Za-z0-9_-]{22}\.ics$/);
    const status = (await app.inject('/api/v1/calendar-feed')).json();
    expect(status).toMatchObject({ enabled: true });
    expect(status.contains).toMatch(/no notes, emails/);
    expect(status).not.toHaveProperty('path');

    const first = await app.inject({ url: path, headers: { authorization: '' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/calendar/);
    for (const line of first.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(first.body).toContain('X-WR-CALNAME:kith');
    expect(first.body).not.toMatch(/ada@example\.com|secret notes/);
    const entries = entriesOf(first.body);
    const summaries = entries.map((entry) => `${entry.start} ${entry.summary}`);
    expect(summaries).toContain("2026-06-04 Ada Lovelace's birthday (36)");
    expect(summaries).toContain('2026-06-06 Ada Lovelace: send the paper');
    expect(summaries.some((line) => line.startsWith('2026-06-20') && line.includes('Data Guild'))).toBe(true);
    expect(summaries).toContain('2026-06-10 RustConf (speaking)');
    expect(summaries).toContain('2026-06-01 Follow up with people met at Data meetup');
    const rustConf = entries.find((entry) => entry.uid === `event-${conference.id}@kith`);
    expect(rustConf?.location).toBe('Montreal');
    expect(first.body).toContain('Ownership for humans');

    // The same UIDs on the next read, and 304 while nothing changed.
    const etag = String(first.headers.etag);
    const second = await app.inject({ url: path, headers: { authorization: '' } });
    expect(entriesOf(second.body).map((entry) => entry.uid)).toEqual(entries.map((entry) => entry.uid));
    const unchanged = await app.inject({ url: path, headers: { authorization: '', 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);

    // An edit moves the entry: the same UID on its new day, with a higher SEQUENCE.
    owner.setNow(new Date('2026-06-01T10:00:00Z'));
    await updateEvent(owner, conference.id, { startsOn: '2026-06-12', endsOn: '2026-06-13' });
    const edited = await app.inject({ url: path, headers: { authorization: '', 'if-none-match': etag } });
    expect(edited.statusCode).toBe(200);
    const moved = entriesOf(edited.body);
    expect(moved.length).toBe(entries.length);
    const movedConf = moved.find((entry) => entry.uid === rustConf?.uid);
    expect(movedConf?.start).toBe('2026-06-12');
    expect(movedConf?.sequence).toBeGreaterThan(rustConf?.sequence ?? Number.POSITIVE_INFINITY);
  });

  it('answers 404 to a wrong, rotated or revoked secret', async () => {
    const path = await feedPath();
    const read = (url: string) => app.inject({ url, headers: { authorization: '' } });
    expect((await read(path)).statusCode).toBe(200);
    expect((await read(path.replace(/\.[^.]+\.ics$/, '.AAAAAAAAAAAAAAAAAAAAAA.ics'))).statusCode).toBe(404);
    expect((await read('/ical/nonsense.ics')).statusCode).toBe(404);

    const rotated = await feedPath(true);
    expect(rotated).not.toBe(path);
    expect((await read(path)).statusCode).toBe(404);
    expect((await read(rotated)).statusCode).toBe(200);

    expect((await app.inject({ method: 'DELETE', url: '/api/v1/calendar-feed' })).statusCode).toBe(204);
    expect((await read(rotated)).statusCode).toBe(404);
    expect((await app.inject('/api/v1/calendar-feed')).json()).toMatchObject({ enabled: false });
  });

  it('stops an address that keeps guessing: after 120 reads in 15 minutes, 429 with Retry-After', async () => {
    const path = await feedPath();
    const read = () => app.inject({ url: path, headers: { authorization: '' } });
    const guesses = await Promise.all(Array.from({ length: 120 }, () => read()));
    expect(new Set(guesses.map((response) => response.statusCode))).toEqual(new Set([200]));
    const stopped = await read();
    expect(stopped.statusCode).toBe(429);
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);
  });
});
