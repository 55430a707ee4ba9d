import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { getToday } from '../../src/core/keep-in-touch/get-today.js';
import type { Today } from '../../src/core/keep-in-touch/schema.js';
import { snoozePerson } from '../../src/core/keep-in-touch/snooze-person.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Person } from '../../src/core/people/schema.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import type { OwnerRepos } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { createRepos, type Repos } from '../../src/db/repos/index.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTwoConnections } from '../support/databases.js';

/** The owner's repositories, counting how often the list is computed and suggestions written. */
function counted(repos: Repos, counts: { computed: number; recorded: number }): Repos {
  return {
    ...repos,
    forOwner(ownerId) {
      const owned: OwnerRepos = repos.forOwner(ownerId);
      const keepInTouch = owned.keepInTouch;
      return {
        ...owned,
        keepInTouch: {
          ...keepInTouch,
          candidates: (query) => {
            counts.computed++;
            return keepInTouch.candidates(query);
          },
          recordSuggestions: (ids, on) => {
            counts.recorded++;
            return keepInTouch.recordSuggestions(ids, on);
          },
        },
      };
    },
  };
}

describeEachDatabase('daily list cache', (kind) => {
  let databases: Awaited<ReturnType<typeof openTwoConnections>>;
  let app: FastifyInstance;
  let now: Date;
  let ada: Person;
  let grace: Person;
  let other: ReturnType<typeof createRepos>;
  let ownerId: string;
  const counts = { computed: 0, recorded: 0 };
  const today = async () => {
    const response = await app.inject('/api/v1/today');
    expect(response.statusCode).toBe(200);
    return response.json<Today>();
  };
  const names = async () => (await today()).entries.map((entry) => entry.name);
  /** Use-case deps on the second connection: another process writing the same data. */
  const elsewhere = () => ({ repos: other.forOwner(ownerId), now: () => now });

  beforeEach(async () => {
    databases = await openTwoConnections(kind);
    now = new Date('2026-03-10T12:00:00Z');
    const serverRepos = createRepos(databases.server);
    other = createRepos(databases.other);
    const owner = await createOwner(serverRepos, { now });
    ownerId = owner.ownerId;
    await updateSettings(owner, { timeZone: 'UTC' });
    ada = await createPerson(owner, { displayName: 'Ada Okafor', tier: 'close' });
    grace = await createPerson(owner, { displayName: 'Grace Mensah', tier: 'close' });
    for (const person of [ada, grace]) {
      await logInteraction(owner, { personIds: [person.id], occurredAt: '2025-12-01', summary: 'Call' });
    }
    counts.computed = 0;
    counts.recorded = 0;
    app = await appActingAs(ownerId, { repos: counted(serverRepos, counts), now: () => now });
  });
  afterEach(async () => {
    await app.close();
    await databases.close();
  });

  it('answers again from the cache, computing and recording nothing, while nothing changed', async () => {
    expect(await names()).toEqual(['Ada Okafor', 'Grace Mensah']);
    expect(counts).toEqual({ computed: 1, recorded: 1 });
    const first = await today();
    // SQLite's mark counts the connection's own writes: the recording itself costs one more computation.
    for (let i = 0; i < 5; i++) expect(await today()).toEqual(first);
    expect(counts.computed).toBeLessThanOrEqual(2);
    expect(counts.recorded).toBe(1);
    const recorded = await other.forOwner(ownerId).keepInTouch.suggestionsSinceLastInteraction();
    expect(recorded.map((row) => row.shownOn)).toEqual(['2026-03-10', '2026-03-10']);
  });

  it('records a day’s list once even without the cache, as `kith today` run twice does', async () => {
    const deps = { repos: counted(other, counts).forOwner(ownerId), now: () => now };
    const first = await getToday(deps);
    expect(await getToday(deps)).toEqual(first);
    expect(counts).toEqual({ computed: 2, recorded: 1 });
  });

  it('reflects a logged interaction, a snooze and a new reminder made through the API', async () => {
    expect(await names()).toEqual(['Ada Okafor', 'Grace Mensah']);
    await app.inject({
      method: 'POST',
      url: '/api/v1/interactions',
      payload: { personIds: [ada.id], occurredAt: '2026-03-09', summary: 'Coffee' },
    });
    expect(await names()).toEqual(['Grace Mensah']);
    await app.inject({ method: 'POST', url: `/api/v1/people/${grace.id}/snooze`, payload: { for: '1w' } });
    expect(await names()).toEqual([]);
    await app.inject({
      method: 'POST',
      url: '/api/v1/reminders',
      payload: { personId: ada.id, text: 'send the deck', dueOn: '2026-03-10' },
    });
    expect((await today()).entries.map((entry) => entry.reasons)).toEqual([
      ['you asked to be reminded: send the deck'],
    ]);
  });

  it('reflects writes made by another connection (a kith command beside the server)', async () => {
    expect(await names()).toEqual(['Ada Okafor', 'Grace Mensah']);
    await logInteraction(elsewhere(), { personIds: [ada.id], occurredAt: '2026-03-09', summary: 'Coffee' });
    expect(await names()).toEqual(['Grace Mensah']);
    await snoozePerson(elsewhere(), grace.id, { until: '2026-04-01' });
    expect(await names()).toEqual([]);
    await createReminder(elsewhere(), { personId: grace.id, text: 'ask about the move', dueOn: '2026-03-10' });
    // Snoozed people stay off the list whatever their reasons.
    expect(await names()).toEqual([]);
    await createReminder(elsewhere(), { personId: ada.id, text: 'send the deck', dueOn: '2026-03-10' });
    expect(await names()).toEqual(['Ada Okafor']);
    await updateSettings(elsewhere(), { cadences: { close: 365 } });
    expect((await today()).entries.map((entry) => entry.reasons)).toEqual([
      ['you asked to be reminded: send the deck'],
    ]);
  });

  it('computes a new list, and records it, when the local day changes', async () => {
    expect(await names()).toEqual(['Ada Okafor', 'Grace Mensah']);
    const recordedBefore = counts.recorded;
    now = new Date('2026-03-11T00:30:00Z');
    expect((await today()).date).toBe('2026-03-11');
    expect(counts.recorded).toBe(recordedBefore + 1);
    const shown = await other.forOwner(ownerId).keepInTouch.suggestionsSinceLastInteraction();
    expect(shown.filter((row) => row.shownOn === '2026-03-11')).toHaveLength(2);
  });

  it('caches a preview apart, and records nothing for it', async () => {
    const preview = await app.inject('/api/v1/today?asOf=2026-01-15');
    expect(preview.json<Today>()).toMatchObject({ date: '2026-01-15', entries: [] });
    expect((await app.inject('/api/v1/today?asOf=2026-01-15')).json<Today>()).toEqual(preview.json());
    expect(counts.recorded).toBe(0);
    expect(await names()).toEqual(['Ada Okafor', 'Grace Mensah']);
    expect((await app.inject('/api/v1/today?limit=1')).json<Today>().entries.map((e) => e.name)).toEqual([
      'Ada Okafor',
    ]);
  });
});
