import { expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { listFollowUps } from '../../src/core/events/follow-ups.js';
import { listPersonEvents } from '../../src/core/events/list-person-events.js';
import { markAttending } from '../../src/core/events/mark-attending.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { prepareEvent } from '../../src/core/events/prepare-event.js';
import { getEvent } from '../../src/core/events/resolve-event.js';
import { updateEvent } from '../../src/core/events/update-event.js';
import { getInteraction } from '../../src/core/interactions/get-interaction.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import type { Deps } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { getTimeline } from '../../src/core/timeline/get-timeline.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

describeEachDatabase('the days you met people at an event', (kind) => {
  let deps: Deps & { ownerId: string; setNow(date: Date): void };

  freshDatabaseEachTest(
    kind,
    async (fresh) => {
      ({ deps } = fresh);
      await updateSettings(deps, { timeZone: 'UTC' });
    },
    { now: new Date('2026-12-04T12:00:00Z') },
  );

  /** Logistics World, Dec 3–5, with Ada and Bo met there on Dec 5. */
  async function metTwoOnTheLastDay() {
    const event = await createEvent(deps, {
      name: 'Logistics World',
      kind: 'convention',
      startsOn: '2026-12-03',
      endsOn: '2026-12-05',
    });
    deps.setNow(new Date('2026-12-05T15:00:00Z'));
    const ada = await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Ada Okafor' } });
    const bo = await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Bo Lind' } });
    return { event, ada: ada.person, bo: bo.person };
  }

  it('refuses new dates that start after the people you met there, and changes nothing', async () => {
    const { event } = await metTwoOnTheLastDay();
    await expect(
      updateEvent(deps, event.id, { startsOn: '2027-03-01', endsOn: '2027-03-03', status: 'planned' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'startsOn: must not be after 2026-12-05: you met 2 people here that day',
      details: { issues: [{ field: 'startsOn', message: expect.any(String) }] },
    });
    expect(await getEvent(deps, event.id)).toMatchObject({ startsOn: '2026-12-03', endsOn: '2026-12-05' });
    expect((await listFollowUps(deps, { eventId: event.id })).map((f) => f.personName)).toEqual([
      'Ada Okafor',
      'Bo Lind',
    ]);
  });

  it('refuses an end before a meeting, and accepts dates that still hold every meeting', async () => {
    const { event } = await metTwoOnTheLastDay();
    await expect(updateEvent(deps, event.id, { endsOn: '2026-12-04' })).rejects.toMatchObject({
      message: 'endsOn: must not be before 2026-12-05: you met 2 people here that day',
    });
    await expect(updateEvent(deps, event.id, { startsOn: '2026-12-05', endsOn: null })).resolves.toMatchObject({
      startsOn: '2026-12-05',
      endsOn: null,
    });
    await expect(updateEvent(deps, event.id, { startsOn: '2026-12-01', endsOn: '2026-12-06' })).resolves.toMatchObject({
      startsOn: '2026-12-01',
    });
  });

  it('refuses an over-long name naming the limit, and keeps the name', async () => {
    const event = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-12-03' });
    await expect(updateEvent(deps, event.id, { name: 'x'.repeat(5000) })).rejects.toMatchObject({
      message: 'name: must be at most 200 characters',
    });
    await expect(createEvent(deps, { name: 'x'.repeat(201), startsOn: '2026-12-03' })).rejects.toMatchObject({
      message: 'name: must be at most 200 characters',
    });
    expect((await getEvent(deps, event.id)).name).toBe('Logistics World');
  });

  it('gives a meeting recorded after the event one day everywhere: its last day', async () => {
    const event = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-12-03', endsOn: '2026-12-05' });
    deps.setNow(new Date('2026-12-06T09:00:00Z'));
    const met = await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Grace Mensah' } });
    const person = await getPerson(deps, met.person.id);
    expect(person).toMatchObject({ metOn: '2026-12-05', howMet: 'Met at Logistics World' });
    expect((await getInteraction(deps, met.interactionId ?? '')).occurredOn).toBe('2026-12-05');
    expect((await listFollowUps(deps, { eventId: event.id }))[0]?.metOn).toBe('2026-12-05');
    expect((await listPersonEvents(deps, person.id)).map((entry) => entry.metOn)).toEqual(['2026-12-05']);
    // Widening the event later does not move the meeting to the day it was typed in.
    await updateEvent(deps, event.id, { endsOn: '2026-12-07' });
    expect((await listFollowUps(deps, { eventId: event.id }))[0]?.metOn).toBe('2026-12-05');
    expect((await listPersonEvents(deps, person.id)).map((entry) => entry.metOn)).toEqual(['2026-12-05']);
    // One meeting, told once: the interaction, not the record's "how you met" beside it.
    const timeline = await getTimeline(deps, person.id);
    expect(timeline.map((entry) => [entry.on, entry.kind, entry.summary])).toEqual([
      ['2026-12-05', 'interaction', 'Met at Logistics World'],
    ]);
  });

  it('dates a meeting during the event on its day, also for someone listed as attending before', async () => {
    const event = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-12-03', endsOn: '2026-12-05' });
    const bo = await createPerson(deps, { displayName: 'Bo Lind' });
    deps.setNow(new Date('2026-11-20T09:00:00Z'));
    await markAttending(deps, event.id, { person: bo.id });
    deps.setNow(new Date('2026-12-04T10:00:00Z'));
    const met = await meetAtEvent(deps, event.id, { personId: bo.id });
    expect((await getInteraction(deps, met.interactionId ?? '')).occurredOn).toBe('2026-12-04');
    expect((await listFollowUps(deps, { eventId: event.id }))[0]?.metOn).toBe('2026-12-04');
    expect((await listPersonEvents(deps, bo.id))[0]?.metOn).toBe('2026-12-04');
  });

  it('prepares only with people who will be there, not those already met', async () => {
    const { event } = await metTwoOnTheLastDay();
    const cy = await createPerson(deps, { displayName: 'Cy Young' });
    await markAttending(deps, event.id, { person: cy.id });
    const prep = await prepareEvent(deps, event.id);
    expect(prep.attending.map((person) => person.displayName)).toEqual(['Cy Young']);
    expect(prep.mealSuggestions.map((person) => person.displayName)).toEqual(['Cy Young']);
  });
});
