import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportBackup } from '../../src/core/backup/export-backup.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import type { ReconnectionDraft, TierSuggestion, Today } from '../../src/core/keep-in-touch/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

/**
 * Issue 20 through the API on both databases, with the clock moving day by day so the
 * picks are recorded as a user lives them: a dormant tie a day, dismissals that hold,
 * a hello a week, tier-size advice until answered, drafts, tier suggestions, the
 * family flag, and all of it in the backup.
 */
describeEachDatabase('daily list research API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let now = new Date('2026-03-10T12:00:00Z');
  let ownerId: string;
  const people: Record<string, Person> = {};

  const post = (url: string, payload?: object) => app.inject({ method: 'POST', url, payload: payload ?? {} });
  const today = async () => {
    const response = await app.inject('/api/v1/today');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Today>();
  };
  const picked = async (kind: 'reconnect' | 'hello') =>
    (await today()).entries.filter((entry) => entry.kind === kind).map((entry) => entry.name);
  const on = (date: string) => {
    now = new Date(`${date}T12:00:00Z`);
  };

  async function person(displayName: string, fields: object, dates: string[]) {
    const created = (await post('/api/v1/people', { displayName, ...fields })).json<Person>();
    for (const occurredAt of dates) {
      await post('/api/v1/interactions', { personIds: [created.id], occurredAt, summary: 'Coffee', notes: null });
    }
    people[displayName] = created;
    return created;
  }

  beforeEach(async () => {
    on('2026-03-10');
    database = await openTestDatabase(kind);
    const owner = await createOwner(database.repos, { now });
    ownerId = owner.ownerId;
    app = await appActingAs(ownerId, { repos: database.repos, now: () => now });
    await app.inject({ method: 'PATCH', url: '/api/v1/settings', payload: { timeZone: 'UTC', myTopics: ['rust'] } });
    await person('Dora Rust', { tier: 'acquaintance', topics: ['Rust'] }, ['2025-01-01', '2025-03-01', '2025-06-01']);
    await person('Eve Earlier', { tier: 'acquaintance' }, ['2024-11-01', '2025-01-01', '2025-03-01', '2025-05-01']);
    await person('Hal Hello', { tier: 'acquaintance' }, ['2022-01-10']);
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('holds one dormant tie a day and one hello a week, and a dismissal for a year', async () => {
    expect(await picked('reconnect')).toEqual(['Dora Rust']);
    expect(await picked('hello')).toEqual(['Hal Hello']);
    // Asked again the same day: the same, from the recorded picks.
    expect(await picked('reconnect')).toEqual(['Dora Rust']);

    const dismissed = await post(`/api/v1/people/${people['Dora Rust']?.id}/reconnect/dismiss`);
    expect(dismissed.json()).toEqual({ personId: people['Dora Rust']?.id, silencedUntil: '2027-03-10' });
    expect(await picked('reconnect')).toEqual([]);
    expect((await post(`/api/v1/people/${people['Eve Earlier']?.id}/reconnect/dismiss`)).statusCode).toBe(409);

    on('2026-03-11');
    expect(await picked('reconnect')).toEqual(['Eve Earlier']);
    expect(await picked('hello')).toEqual([]);
    on('2026-03-17');
    // Dora is silenced, Eve was proposed a week ago: nobody. Hal had his hello; the next longest silence has hers.
    expect(await picked('reconnect')).toEqual([]);
    expect(await picked('hello')).toEqual(['Eve Earlier']);
    on('2026-09-20');
    expect(await picked('reconnect')).toEqual(['Eve Earlier']);

    // The picks and their dismissal travel in the backup.
    const backup = await exportBackup({ repos: database.repos.forOwner(ownerId), now: () => now });
    expect(backup.sections.todayPicks).toContainEqual({
      kind: 'reconnect',
      shownOn: '2026-03-10',
      personId: people['Dora Rust']?.id,
      dismissedOn: '2026-03-10',
    });
    const other = await createOwner(database.repos, { now, email: 'restore@example.test' });
    const restored = { repos: database.repos.forOwner(other.ownerId), now: () => now };
    await restoreBackup(restored, JSON.parse(JSON.stringify(backup)));
    expect((await exportBackup(restored)).sections.todayPicks).toEqual(backup.sections.todayPicks);
  });

  it('gives tier-size advice until it is answered, and moves the people chosen', async () => {
    await app.inject({ method: 'PATCH', url: '/api/v1/settings', payload: { innerTierSize: 2 } });
    for (const name of ['Ian', 'Ina', 'Ira']) await person(name, { tier: 'inner' }, ['2026-03-01']);
    const advice = (await today()).advice;
    expect(advice).toMatchObject({ tier: 'inner', size: 3, limit: 2 });
    expect(advice?.people).toHaveLength(1);
    const answered = await post('/api/v1/today/tier-advice', {
      tier: 'inner',
      personIds: advice?.people.map((p) => p.id),
    });
    expect(answered.json()).toMatchObject({ tier: 'inner', size: 2, moved: [{ tier: 'close' }] });
    expect((await today()).advice).toBeNull();
    const backup = await exportBackup({ repos: database.repos.forOwner(ownerId), now: () => now });
    expect(backup.sections.tierAdvice).toEqual([{ tier: 'inner', answeredSize: 2, answeredOn: '2026-03-10' }]);
    const wrong = await post('/api/v1/today/tier-advice', { tier: 'inner', personIds: [people['Hal Hello']?.id] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('Hal Hello is in the acquaintance tier, not inner');
  });

  it('drafts an opener, suggests tiers, and keeps the family flag', async () => {
    const ada = await person('Ada Okafor', { tier: 'close', family: true }, []);
    expect(ada.family).toBe(true);
    await post('/api/v1/interactions', {
      personIds: [ada.id],
      occurredAt: '2025-04-01',
      summary: 'Lunch',
      notes: 'Her daughter starts university in Leeds.',
    });
    const draft = (await app.inject(`/api/v1/people/${ada.id}/draft`)).json<ReconnectionDraft>();
    // Your note is yours: returned beside the draft, never quoted in it.
    expect(draft.lastNote).toBe('Her daughter starts university in Leeds.');
    expect(draft.text).not.toContain('Leeds');
    expect(draft.text).toContain('since we last spoke, in April 2025');
    expect((await app.inject('/api/v1/people/01HZZZZZZZZZZZZZZZZZZZZZZZ/draft')).statusCode).toBe(404);
    const patched = await app.inject({ method: 'PATCH', url: `/api/v1/people/${ada.id}`, payload: { family: false } });
    expect(patched.json<Person>().family).toBe(false);

    const suggestions = (await app.inject('/api/v1/tiers/suggestions')).json<{ items: TierSuggestion[] }>().items;
    const forAda = suggestions.find((s) => s.id === ada.id);
    // One lunch in the 343 days kith has known her (added today, the lunch logged back to April): not close.
    expect(forAda).toMatchObject({
      tier: 'close',
      suggestedTier: 'acquaintance',
      interactions: 1,
      reason: '1 interaction in the 343 days kith has known them; close means about 6',
    });
    // Someone kith has seen for ten days (added today, two coffees logged since) is not judged yet:
    // at that rate, 73 a year, she would be suggested closer than acquaintance.
    const newcomer = await person('Nia New', { tier: 'acquaintance' }, ['2026-02-28', '2026-03-05']);
    const later = (await app.inject('/api/v1/tiers/suggestions')).json<{ items: TierSuggestion[] }>().items;
    expect(later.find((s) => s.id === newcomer.id)).toBeUndefined();
    expect(later.find((s) => s.id === ada.id)).toBeDefined();
    // asOf previews another day: before the lunch kith knew nothing of Ada; two years on, the lunch is out of the year.
    const asOf = async (day: string) =>
      (await app.inject(`/api/v1/tiers/suggestions?asOf=${day}`)).json<{ items: TierSuggestion[] }>().items;
    expect((await asOf('2025-03-31')).find((s) => s.id === ada.id)).toBeUndefined();
    expect((await asOf('2028-02-15')).find((s) => s.id === ada.id)).toMatchObject({ interactions: 0 });
    expect((await app.inject('/api/v1/tiers/suggestions?asOf=2026-13-01')).statusCode).toBe(400);
    const accepted = await post('/api/v1/tiers/suggestions/accept', { personIds: [ada.id] });
    expect(accepted.json<{ items: TierSuggestion[] }>().items.map((s) => s.id)).toEqual([ada.id]);
    expect((await app.inject(`/api/v1/people/${ada.id}`)).json<Person>().tier).toBe('acquaintance');
    expect((await post('/api/v1/tiers/suggestions/accept', { personIds: [ada.id] })).statusCode).toBe(409);
  });
});
