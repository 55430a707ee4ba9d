import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { NetworkTotals, OverdueHistory } from '../../src/core/health/schema.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { setArchived } from '../../src/core/people/update-person.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { buildApp } from '../../src/server/app.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase('network health API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let owner: Awaited<ReturnType<typeof createOwner>>;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    owner = await createOwner(database.repos, { now: new Date('2026-01-01T12:00:00Z') });
    app = await appActingAs(owner.ownerId, {
      repos: database.repos,
      now: () => new Date('2026-06-15T12:00:00Z'),
    });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('gives the share overdue at each month end and today, from interactions and the days people were added', async () => {
    const ada = await createPerson(owner, { displayName: 'Ada Okafor', tier: 'inner' });
    await createPerson(owner, { displayName: 'Ben Ortiz', tier: 'close' });
    await createPerson(owner, { displayName: 'Cyd Acquaintance', tier: 'acquaintance' });
    const gone = await createPerson(owner, { displayName: 'Archived Person', tier: 'inner' });
    await setArchived(owner, gone.id, true);
    owner.setNow(new Date('2026-04-10T12:00:00Z'));
    await createPerson(owner, { displayName: 'Dan Late', tier: 'regular' });
    await logInteraction(owner, { personIds: [ada.id], occurredAt: '2026-02-20', summary: 'Coffee' });
    owner.setNow(new Date('2026-06-01T12:00:00Z'));
    await logInteraction(owner, { personIds: [ada.id], occurredAt: '2026-05-25', summary: 'Call' });
    const stranger = await createOwner(database.repos, { now: new Date('2025-01-01T12:00:00Z') });
    await createPerson(stranger, { displayName: 'Not Yours', tier: 'inner' });

    const response = await app.inject('/api/v1/health/overdue');
    expect(response.statusCode).toBe(200);
    const history = response.json<OverdueHistory>();
    expect(history.basis).toBe('history');
    expect(history.days).toHaveLength(12);
    const figures = Object.fromEntries(history.days.map((day) => [day.on, [day.people, day.overdue]]));
    expect(figures).toMatchObject({
      '2025-12-31': [0, 0],
      // Ada (inner, 30 days) and Ben (close, 60) added 01-01; Cyd has no cadence.
      '2026-01-31': [2, 1],
      '2026-02-28': [2, 0],
      '2026-03-31': [2, 2],
      // Dan (regular, 120) added 04-10 is not due yet.
      '2026-04-30': [3, 2],
      '2026-05-31': [3, 1],
      '2026-06-15': [3, 1],
    });
    expect(history.days.at(-1)).toEqual({ on: '2026-06-15', people: 3, overdue: 1, share: 0.333 });

    const earlier = (await app.inject('/api/v1/health/overdue?asOf=2026-02-10')).json<OverdueHistory>();
    expect(earlier.days.at(-1)).toEqual({ on: '2026-02-10', people: 2, overdue: 1, share: 0.5 });
  });

  it('answers a bad date with 400 naming it, and needs a signed-in user', async () => {
    const bad = await app.inject('/api/v1/health/overdue?asOf=June');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/asOf/);
    const signedOut = await buildApp({ repos: database.repos });
    expect((await signedOut.inject('/api/v1/health/overdue')).statusCode).toBe(401);
    await signedOut.close();
  });

  it('counts people per tier and interactions per month of the last year, months in the user’s time zone', async () => {
    await updateSettings(owner, { timeZone: 'Pacific/Auckland' });
    const ada = await createPerson(owner, { displayName: 'Ada Okafor', tier: 'inner' });
    const ben = await createPerson(owner, { displayName: 'Ben Ortiz', tier: 'close' });
    await createPerson(owner, { displayName: 'Cyd Close', tier: 'close' });
    const gone = await createPerson(owner, { displayName: 'Archived Person', tier: 'inner' });
    await setArchived(owner, gone.id, true);
    // 2026-03-31T20:00Z is already 1 April in Auckland: it counts in April.
    owner.setNow(new Date('2026-03-31T20:00:00Z'));
    await logInteraction(owner, { personIds: [ada.id], summary: 'Late call' });
    owner.setNow(new Date('2026-06-12T12:00:00Z'));
    await logInteraction(owner, { personIds: [ada.id, ben.id], occurredAt: '2026-06-02', summary: 'Lunch' });
    await logInteraction(owner, { personIds: [ben.id], occurredAt: '2026-06-10', summary: 'Coffee' });
    await logInteraction(owner, { personIds: [ben.id], occurredAt: '2025-06-30', summary: 'Over a year ago' });
    const stranger = await createOwner(database.repos, { now: new Date('2026-06-12T12:00:00Z') });
    const theirs = await createPerson(stranger, { displayName: 'Not Yours', tier: 'inner' });
    await logInteraction(stranger, { personIds: [theirs.id], occurredAt: '2026-06-03', summary: 'Theirs' });

    const response = await app.inject('/api/v1/health/totals');
    expect(response.statusCode).toBe(200);
    const totals = response.json<NetworkTotals>();
    expect(totals.perTier).toEqual([
      { tier: 'inner', count: 1 },
      { tier: 'close', count: 2 },
      { tier: 'regular', count: 0 },
      { tier: 'acquaintance', count: 0 },
    ]);
    expect(totals.perMonth.map((entry) => entry.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    const counts = Object.fromEntries(totals.perMonth.map((entry) => [entry.month, entry.count]));
    expect(counts).toMatchObject({ '2026-03': 0, '2026-04': 1, '2026-05': 0, '2026-06': 2 });
    expect(totals.perMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(3);

    const earlier = (await app.inject('/api/v1/health/totals?asOf=2026-04-15')).json<NetworkTotals>();
    expect(earlier.perMonth.at(-1)).toEqual({ month: '2026-04', count: 1 });
    expect(earlier.perMonth[0]?.month).toBe('2025-05');
    expect((await app.inject('/api/v1/health/totals?asOf=April')).statusCode).toBe(400);
  });
});
