import { expect, it } from 'vitest';
import { deleteInteraction } from '../../src/core/interactions/delete-interaction.js';
import { getInteraction } from '../../src/core/interactions/get-interaction.js';
import { listInteractions } from '../../src/core/interactions/list-interactions.js';
import { logInteraction, recordInteraction } from '../../src/core/interactions/record-interaction.js';
import type { LogInteractionInput } from '../../src/core/interactions/schema.js';
import { updateInteraction } from '../../src/core/interactions/update-interaction.js';
import { getToday } from '../../src/core/keep-in-touch/get-today.js';
import { acceptDrift, dismissDrift, undoDrift } from '../../src/core/keep-in-touch/resolve-drift.js';
import { snoozePerson } from '../../src/core/keep-in-touch/snooze-person.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { deleteOccasion } from '../../src/core/occasions/delete-occasion.js';
import { listOccasions } from '../../src/core/occasions/list-occasions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import { completeReminder } from '../../src/core/reminders/complete-reminder.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { listReminders } from '../../src/core/reminders/list-reminders.js';
import { snoozeReminder } from '../../src/core/reminders/snooze-reminder.js';
import { getSettings } from '../../src/core/settings/get-settings.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { getTimeline } from '../../src/core/timeline/get-timeline.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

type Owner = Awaited<ReturnType<typeof createOwner>>;

describeEachDatabase('keep-in-touch repositories', (kind) => {
  let database: TestDatabase;
  let deps: Owner;

  freshDatabaseEachTest(
    kind,
    async (fresh) => {
      ({ database, deps } = fresh);
      await updateSettings(deps, { timeZone: 'UTC' });
    },
    { now: new Date('2026-01-01T12:00:00Z') },
  );

  const at = (date: string) => deps.setNow(new Date(`${date}T12:00:00Z`));
  const state = (id: string) => deps.repos.keepInTouch.state(id);

  it('keeps settings per owner, with defaults, and rejects bad values leaving them as they were', async () => {
    const other = await createOwner(database.repos);
    expect(await getSettings(other)).toEqual({
      cadences: { inner: 30, close: 60, regular: 120, acquaintance: null },
      dailyListSize: 7,
      followUpDays: 2,
      timeZone: null,
      phoneRegion: 'US',
      reconnect: true,
      hello: true,
      myTopics: [],
      innerTierSize: 5,
      innerAndCloseSize: 15,
      familyCadencePercent: 125,
    });
    const updated = await updateSettings(deps, {
      cadences: { close: 45 },
      dailyListSize: 3,
      timeZone: 'Europe/Berlin',
    });
    expect(updated).toMatchObject({ cadences: { inner: 30, close: 45 }, dailyListSize: 3, timeZone: 'Europe/Berlin' });
    await expect(updateSettings(deps, { timeZone: 'Mars/Olympus' })).rejects.toThrow(/timeZone/);
    await expect(updateSettings(deps, { cadences: { inner: 0 } })).rejects.toThrow(/cadences.inner/);
    expect(await getSettings(deps)).toEqual(updated);
    expect((await getSettings(other)).dailyListSize).toBe(7);
  });

  it('logs, edits and deletes interactions, keeping each person’s last interaction day', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const bo = await createPerson(deps, { displayName: 'Bo' });
    const first = await logInteraction(deps, {
      personIds: [ada.id, bo.id],
      occurredAt: '2025-12-01',
      kind: 'meal',
      summary: 'Lunch',
      notes: 'Talked about forecasting',
    });
    expect(first).toMatchObject({ occurredOn: '2025-12-01', kind: 'meal', notes: 'Talked about forecasting' });
    expect((await getInteraction(deps, first.id)).personIds.sort()).toEqual([ada.id, bo.id].sort());
    const second = await logInteraction(deps, { personIds: [ada.id], occurredAt: '2025-12-20', summary: 'Call' });
    expect((await state(ada.id)).lastInteractionOn).toBe('2025-12-20');
    expect((await state(bo.id)).lastInteractionOn).toBe('2025-12-01');

    await updateInteraction(deps, second.id, { occurredAt: '2025-11-01', kind: 'call' });
    expect((await state(ada.id)).lastInteractionOn).toBe('2025-12-01');
    await updateInteraction(deps, first.id, { personIds: [bo.id] });
    expect((await state(ada.id)).lastInteractionOn).toBe('2025-11-01');
    await deleteInteraction(deps, second.id);
    expect((await state(ada.id)).lastInteractionOn).toBeNull();
    expect((await listInteractions(deps, { personId: bo.id })).map((i) => i.id)).toEqual([first.id]);
    await expect(getInteraction(deps, second.id)).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
  });

  it('counts an interaction at 23:30 local time for that local date', async () => {
    await updateSettings(deps, { timeZone: 'America/New_York' });
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const logged = await logInteraction(deps, {
      personIds: [ada.id],
      occurredAt: '2025-12-30T23:30',
      summary: 'Late call',
    });
    expect(logged).toMatchObject({ occurredAt: '2025-12-31T04:30:00.000Z', occurredOn: '2025-12-30' });
    expect((await state(ada.id)).lastInteractionOn).toBe('2025-12-30');
  });

  it('rejects bad interactions and leaves nothing behind', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    await expect(logInteraction(deps, { personIds: [ada.id, 'nobody'], summary: 'x' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(logInteraction(deps, { personIds: [], summary: 'x' })).rejects.toThrow(/personIds/);
    const badKind: unknown = { personIds: [ada.id], summary: 'x', kind: 'date' };
    await expect(logInteraction(deps, badKind as LogInteractionInput)).rejects.toThrow(/kind/);
    await expect(logInteraction(deps, { personIds: [ada.id], summary: 'x', occurredAt: '2026-02-30' })).rejects.toThrow(
      /occurredAt/,
    );
    await expect(logInteraction(deps, { personIds: [ada.id], summary: 'x', occurredAt: '2026-06-01' })).rejects.toThrow(
      /future/,
    );
    expect(await listInteractions(deps)).toEqual([]);
    expect((await state(ada.id)).lastInteractionOn).toBeNull();
  });

  it('lets another feature record an interaction inside its own transaction, rolled back with it', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    await expect(
      deps.repos.transaction(async (repos) => {
        await recordInteraction(repos, { personIds: [ada.id], kind: 'share', summary: 'Sent an article' }, deps.now());
        throw new Error('share failed');
      }),
    ).rejects.toThrow('share failed');
    expect(await listInteractions(deps)).toEqual([]);
    await deps.repos.transaction((repos) =>
      recordInteraction(repos, { personIds: [ada.id], kind: 'share', summary: 'Sent an article' }, deps.now()),
    );
    expect((await state(ada.id)).lastInteractionOn).toBe('2026-01-01');
  });

  it('builds a timeline newest first from interactions and the person record', async () => {
    at('2025-06-01');
    const ada = await createPerson(deps, { displayName: 'Ada', howMet: 'Logistics World', metOn: '2025-05-20' });
    at('2026-01-01');
    await logInteraction(deps, { personIds: [ada.id], occurredAt: '2025-09-01', kind: 'call', summary: 'Call' });
    await logInteraction(deps, { personIds: [ada.id], occurredAt: '2025-12-01', kind: 'meal', summary: 'Dinner' });
    const timeline = await getTimeline(deps, ada.id);
    expect(timeline.map((e) => [e.kind, e.label, e.summary])).toEqual([
      ['interaction', 'meal', 'Dinner'],
      ['interaction', 'call', 'Call'],
      ['met', null, 'Met: Logistics World'],
    ]);
    await expect(getTimeline(deps, 'nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('creates, lists due, snoozes and completes reminders', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const deck = await createReminder(deps, { personId: ada.id, text: 'send the deck', dueOn: '2026-01-01' });
    const later = await createReminder(deps, { text: 'renew membership', dueOn: '2026-02-01' });
    expect(deck.personName).toBe('Ada');
    expect((await listReminders(deps)).map((r) => r.id)).toEqual([deck.id]);
    expect((await listReminders(deps, { asOf: '2026-02-01' })).map((r) => r.id)).toEqual([deck.id, later.id]);
    expect((await listReminders(deps, { all: true })).map((r) => r.text)).toEqual([
      'send the deck',
      'renew membership',
    ]);

    const snoozed = await snoozeReminder(deps, deck.id, { for: '2w' });
    expect(snoozed.snoozedUntil).toBe('2026-01-15');
    expect(await listReminders(deps)).toEqual([]);
    expect((await listReminders(deps, { asOf: '2026-01-15' })).map((r) => r.id)).toEqual([deck.id]);
    await snoozeReminder(deps, deck.id, { until: '2026-01-01' });
    const done = await completeReminder(deps, deck.id);
    expect(done.doneAt).toBe('2026-01-01T12:00:00.000Z');
    expect(await listReminders(deps)).toEqual([]);
    await expect(createReminder(deps, { personId: 'nobody', text: 'x', dueOn: '2026-01-01' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(snoozeReminder(deps, later.id, { until: '2026-01-09', for: '2w' })).rejects.toThrow(/either/);
    await expect(completeReminder(deps, 'nobody')).rejects.toMatchObject({ code: 'REMINDER_NOT_FOUND' });
  });

  it('computes today from storage: due people, birthdays, occasions, reminders and snoozes', async () => {
    at('2025-06-01');
    const ada = await createPerson(deps, { displayName: 'Ada', tier: 'inner' });
    const bo = await createPerson(deps, { displayName: 'Bo', tier: 'close', birthday: '--01-03' });
    const cy = await createPerson(deps, { displayName: 'Cy', tier: 'regular' });
    const di = await createPerson(deps, { displayName: 'Di', tier: 'acquaintance' });
    const ed = await createPerson(deps, { displayName: 'Ed', tier: 'inner' });
    at('2026-01-01');
    await logInteraction(deps, { personIds: [ada.id], occurredAt: '2025-11-02', summary: 'Coffee' });
    await logInteraction(deps, { personIds: [bo.id, cy.id, ed.id], occurredAt: '2025-12-20', summary: 'Party' });
    await createOccasion(deps, { personId: cy.id, label: 'work anniversary', date: '2019-01-05' });
    await createReminder(deps, { personId: di.id, text: 'send the deck', dueOn: '2025-12-31' });
    await snoozePerson(deps, ed.id, { until: '2026-03-01' });
    await logInteraction(deps, { personIds: [ed.id], occurredAt: '2025-10-01', summary: 'Old' });

    const today = await getToday(deps, { asOf: '2026-01-01' });
    expect(today.date).toBe('2026-01-01');
    expect(today.entries.map((e) => [e.name, e.reasons])).toEqual([
      ['Di', ['you asked to be reminded: send the deck']],
      ['Ada', ['last spoke 60 days ago; you aim for every 30 days']],
      ['Bo', ['birthday on Saturday']],
      ['Cy', ['work anniversary on Monday']],
    ]);
    expect((await getToday(deps, { limit: 2 })).entries.map((e) => e.name)).toEqual(['Di', 'Ada']);
    await expect(getToday(deps, { asOf: '2026-13-01' })).rejects.toThrow(/asOf/);
  });

  it('records suggestions for the real today only, and suggests and resolves drift', async () => {
    at('2025-01-01');
    const ada = await createPerson(deps, { displayName: 'Ada', tier: 'close' });
    await logInteraction(deps, { personIds: [ada.id], occurredAt: '2025-01-01', summary: 'Met' });
    // 150 days later: overdue by more than twice the 60-day cadence.
    at('2025-05-31');
    await getToday(deps, { asOf: '2025-05-20' });
    expect(await deps.repos.keepInTouch.suggestionsSinceLastInteraction()).toEqual([]);
    expect((await getToday(deps)).entries[0]?.drift).toBeNull();
    at('2025-06-01');
    expect((await getToday(deps)).entries[0]?.drift).toBeNull();
    // Asking again the same day gives the same answer: today's showing is not counted yet.
    expect((await getToday(deps)).entries[0]?.drift).toBeNull();
    at('2025-06-02');
    const second = await getToday(deps);
    expect(second.entries[0]?.drift).toEqual({ fromTier: 'close', toTier: 'regular' });
    expect(second.entries[0]?.reasons.at(-1)).toBe(
      'suggested 2 times with no contact since: consider moving them from close to regular',
    );

    const dismissed = await dismissDrift(deps, ada.id);
    expect(dismissed).toEqual({
      personId: ada.id,
      tier: 'close',
      driftSilencedUntil: '2025-08-01',
      before: { tier: 'close', cadenceDays: null, driftSilencedUntil: null },
    });
    expect((await getToday(deps)).entries[0]?.drift).toBeNull();
    // Undo brings the question back the same day; answering again silences it again.
    expect(await undoDrift(deps, ada.id, dismissed.before)).toMatchObject({ tier: 'close', driftSilencedUntil: null });
    expect((await getToday(deps)).entries[0]?.drift).toEqual({ fromTier: 'close', toTier: 'regular' });
    await dismissDrift(deps, ada.id);
    at('2025-08-01');
    expect((await getToday(deps)).entries[0]?.drift).toEqual({ fromTier: 'close', toTier: 'regular' });
    const accepted = await acceptDrift(deps, ada.id);
    // What it was before is told, for an Undo.
    expect(accepted).toMatchObject({
      tier: 'regular',
      driftSilencedUntil: '2025-11-29',
      before: { tier: 'close', cadenceDays: null },
    });
    expect((await getPerson(deps, ada.id)).tier).toBe('regular');
    expect((await getToday(deps)).entries[0]?.drift).toBeNull();
    // Undoing a move puts back the tier and the silence as they were (ended today), so she is asked again.
    await undoDrift(deps, ada.id, accepted.before);
    expect((await getPerson(deps, ada.id)).tier).toBe('close');
    expect((await getToday(deps)).entries[0]?.drift).toEqual({ fromTier: 'close', toTier: 'regular' });
    await acceptDrift(deps, ada.id);
    await expect(
      undoDrift(deps, ada.id, { tier: 'close', cadenceDays: 0, driftSilencedUntil: null }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await getPerson(deps, ada.id)).tier).toBe('regular');

    // An interaction resets the count.
    await logInteraction(deps, { personIds: [ada.id], summary: 'Caught up' });
    expect(await deps.repos.keepInTouch.suggestionsSinceLastInteraction()).toEqual([]);
    await expect(acceptDrift(deps, 'nobody')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('manages occasions and removes a person’s keep-in-touch rows with them', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const occasion = await createOccasion(deps, { personId: ada.id, label: 'work anniversary', date: '--02-29' });
    expect((await listOccasions(deps, ada.id)).map((o) => o.id)).toEqual([occasion.id]);
    await expect(createOccasion(deps, { personId: ada.id, label: 'x', date: '--02-30' })).rejects.toThrow(/date/);
    await deleteOccasion(deps, occasion.id);
    await expect(deleteOccasion(deps, occasion.id)).rejects.toMatchObject({ code: 'OCCASION_NOT_FOUND' });
    await logInteraction(deps, { personIds: [ada.id], summary: 'Call' });
    await createReminder(deps, { personId: ada.id, text: 'x', dueOn: '2026-01-01' });
    await snoozePerson(deps, ada.id, { for: '1m' });
    await deletePerson(deps, ada.id);
    expect(await listReminders(deps, { all: true })).toEqual([]);
    expect(await state(ada.id)).toEqual({
      personId: ada.id,
      lastInteractionOn: null,
      snoozedUntil: null,
      driftSilencedUntil: null,
    });
  });

  it('never reaches another owner’s rows', async () => {
    const other = await createOwner(database.repos, { now: new Date('2026-01-01T12:00:00Z') });
    const theirs = await createPerson(other, { displayName: 'Theirs', tier: 'inner' });
    const interaction = await logInteraction(other, { personIds: [theirs.id], occurredAt: '2025-01-01', summary: 'x' });
    const reminder = await createReminder(other, { personId: theirs.id, text: 'x', dueOn: '2025-01-01' });
    await expect(getInteraction(deps, interaction.id)).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
    await expect(deleteInteraction(deps, interaction.id)).rejects.toMatchObject({ code: 'INTERACTION_NOT_FOUND' });
    await expect(logInteraction(deps, { personIds: [theirs.id], summary: 'x' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(completeReminder(deps, reminder.id)).rejects.toMatchObject({ code: 'REMINDER_NOT_FOUND' });
    await expect(snoozePerson(deps, theirs.id, { for: '1w' })).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await expect(getTimeline(deps, theirs.id)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    expect((await getToday(deps)).entries).toEqual([]);
    expect(await listReminders(deps, { all: true })).toEqual([]);
    expect((await getToday(other)).entries.map((e) => e.name)).toEqual(['Theirs']);
  });
});
