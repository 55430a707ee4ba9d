import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import type { UpcomingOccasion } from '../../src/core/keep-in-touch/schema.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Deps } from '../../src/core/repos.js';
import { freshAppEachTest } from '../support/api.js';
import { createOwner, describeEachDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('upcoming birthdays and occasions API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let deps: Deps;
  let other: Deps;

  // Both owners' today is 2026-06-01 (UTC).
  freshAppEachTest(
    kind,
    async (fresh) => {
      ({ database, app, deps } = fresh);
      other = await createOwner(database.repos);
    },
    { now: new Date('2026-06-01T12:00:00Z') },
  );

  it('lists birthdays and important dates in the next 14 days, soonest first, of people not archived', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', birthday: '--06-03' });
    await createPerson(deps, { displayName: 'Ben Ortiz', birthday: '1990-06-15' });
    await createPerson(deps, { displayName: 'Too Late', birthday: '--06-20' });
    const gone = await createPerson(deps, { displayName: 'Archived Person', birthday: '--06-02' });
    expect((await app.inject({ method: 'POST', url: `/api/v1/people/${gone.id}/archive` })).statusCode).toBe(200);
    const grace = await createPerson(deps, { displayName: 'Grace Mensah' });
    await createOccasion(deps, { personId: grace.id, label: 'work anniversary', date: '2019-06-10' });
    await createPerson(other, { displayName: 'Not Yours', birthday: '--06-02' });

    const response = await app.inject('/api/v1/occasions/upcoming');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: UpcomingOccasion[] }>().items;
    expect(items.map((entry) => [entry.personName, entry.label, entry.date, entry.inDays])).toEqual([
      ['Ada Okafor', 'birthday', '2026-06-03', 2],
      ['Grace Mensah', 'work anniversary', '2026-06-10', 9],
      ['Ben Ortiz', 'birthday', '2026-06-15', 14],
    ]);
    expect(items[0]?.personId).toBe(ada.id);
    const week = (await app.inject('/api/v1/occasions/upcoming?days=7')).json<{ items: UpcomingOccasion[] }>();
    expect(week.items.map((entry) => entry.personName)).toEqual(['Ada Okafor']);
  });

  it('answers a window out of range with 400', async () => {
    for (const days of ['0', '61', 'soon']) {
      const response = await app.inject(`/api/v1/occasions/upcoming?days=${days}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('days') },
      });
    }
  });
});
