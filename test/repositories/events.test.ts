import { expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { deleteEvent } from '../../src/core/events/delete-event.js';
import { dismissFollowUp, listFollowUps } from '../../src/core/events/follow-ups.js';
import { listEvents } from '../../src/core/events/list-events.js';
import { markAttending } from '../../src/core/events/mark-attending.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { networkSources } from '../../src/core/events/network-sources.js';
import { prepareEvent } from '../../src/core/events/prepare-event.js';
import { getEvent, resolveEvent } from '../../src/core/events/resolve-event.js';
import { updateEvent } from '../../src/core/events/update-event.js';
import { viewEvent } from '../../src/core/events/view-event.js';
import { getInteraction } from '../../src/core/interactions/get-interaction.js';
import { listInteractions } from '../../src/core/interactions/list-interactions.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { getToday } from '../../src/core/keep-in-touch/get-today.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { deleteOrganization } from '../../src/core/organizations/delete-organization.js';
import { listOrganizations } from '../../src/core/organizations/list-organizations.js';
import { getOrganization, resolveOrganization } from '../../src/core/organizations/resolve-organization.js';
import { joinOrganization, updateOrganization } from '../../src/core/organizations/update-organization.js';
import { viewOrganization } from '../../src/core/organizations/view-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import { listReminders } from '../../src/core/reminders/list-reminders.js';
import type { Deps } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

describeEachDatabase('events and organizations repository', (kind) => {
  let database: TestDatabase;
  let deps: Deps & { ownerId: string; setNow(date: Date): void };

  freshDatabaseEachTest(
    kind,
    async (fresh) => {
      ({ database, deps } = fresh);
      await updateSettings(deps, { timeZone: 'UTC' });
    },
    { now: new Date('2026-06-01T12:00:00Z') },
  );

  const countPeople = () => deps.repos.people.count();
  const resolvePersonByName = async (name: string) => {
    const [person] = await deps.repos.people.findByName(name);
    if (!person) throw new Error(`no ${name}`);
    return person;
  };

  it('creates, edits, lists and shows organizations with your membership and affiliations', async () => {
    const assoc = await createOrganization(deps, {
      name: 'Logistics Association',
      kind: 'trade_association',
      url: 'https://logistics.example',
    });
    expect(assoc.membership).toBeNull();
    const joined = await joinOrganization(deps, assoc.id, {
      role: 'officer',
      since: '2024-01-15',
      renewsOn: '2027-01-15',
    });
    expect(joined.membership).toEqual({
      role: 'officer',
      since: '2024-01-15',
      renewsOn: '2027-01-15',
      reminderId: expect.any(String),
    });
    expect(await getOrganization(deps, assoc.id)).toEqual(joined);
    const renamed = await updateOrganization(deps, assoc.id, { notes: 'Annual dinner in May' });
    expect(renamed).toMatchObject({ notes: 'Annual dinner in May', membership: { role: 'officer' } });
    expect((await updateOrganization(deps, assoc.id, { membership: null })).membership).toBeNull();

    const ada = await createPerson(deps, { displayName: 'Ada Okafor' });
    await affiliatePerson(deps, assoc.id, { personId: ada.id, role: 'board member' });
    await affiliatePerson(deps, assoc.id, { personId: ada.id, role: 'past chair', current: false });
    const view = await viewOrganization(deps, assoc.id);
    expect(view.members).toEqual([{ id: ada.id, displayName: 'Ada Okafor', role: 'past chair', current: false }]);

    await createOrganization(deps, { name: 'Alumni of Lagos' });
    expect((await listOrganizations(deps)).map((o) => o.name)).toEqual(['Alumni of Lagos', 'Logistics Association']);
    expect((await resolveOrganization(deps, 'logistics')).id).toBe(assoc.id);
    await expect(createOrganization(deps, { name: 'X', kind: 'guild' as 'other' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('kind'),
    });
    await expect(affiliatePerson(deps, assoc.id, { personId: 'nobody' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
  });

  it('creates, edits, filters and shows events, with talks and organizations checked', async () => {
    const assoc = await createOrganization(deps, { name: 'Logistics Association' });
    const conf = await createEvent(deps, {
      name: 'Logistics World 2026',
      kind: 'convention',
      startsOn: '2026-09-14',
      endsOn: '2026-09-16',
      location: 'Lisbon',
      organizationId: assoc.id,
    });
    expect(conf).toMatchObject({ status: 'planned', role: 'attendee', organizationId: assoc.id });
    const talk = await createEvent(deps, {
      name: 'Chapter meeting',
      kind: 'talk',
      startsOn: '2026-03-02',
      status: 'attended',
      role: 'speaker',
      talkTitle: 'Forecasting without tears',
      organizationId: assoc.id,
    });
    expect(await getEvent(deps, talk.id)).toEqual(talk);
    expect((await listEvents(deps)).map((e) => e.id)).toEqual([conf.id, talk.id]);
    expect((await listEvents(deps, { status: 'attended' })).map((e) => e.id)).toEqual([talk.id]);
    expect((await listEvents(deps, { from: '2026-06-01' })).map((e) => e.id)).toEqual([conf.id]);
    expect((await updateEvent(deps, conf.id, { status: 'attended' })).status).toBe('attended');
    expect((await resolveEvent(deps, 'logistics world')).id).toBe(conf.id);

    await expect(createEvent(deps, { name: 'X', startsOn: '2026-02-30' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'startsOn: is not a real calendar date',
    });
    await expect(updateEvent(deps, conf.id, { endsOn: '2026-01-01' })).rejects.toMatchObject({
      message: 'endsOn: must not be before the start (2026-09-14)',
    });
    await expect(updateEvent(deps, talk.id, { role: 'attendee' })).rejects.toMatchObject({
      message: expect.stringContaining('talkTitle'),
    });
    await expect(
      createEvent(deps, { name: 'X', startsOn: '2026-01-01', organizationId: 'nope' }),
    ).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    const view = await viewOrganization(deps, assoc.id);
    expect(view.talksGiven.map((e) => e.talkTitle)).toEqual(['Forecasting without tears']);
    expect(view.meetingsAttended.map((e) => e.id)).toEqual([conf.id, talk.id]);
  });

  it('links people met (new or known) and attending, and shows them on the event', async () => {
    const conf = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-05-20', status: 'attended' });
    const ada = await createPerson(deps, { displayName: 'Ada Okafor' });
    const bo = await createPerson(deps, { displayName: 'Bo Lind' });

    const known = await meetAtEvent(deps, conf.id, { person: 'ada', note: 'warehouse robots' });
    expect(known).toMatchObject({
      created: false,
      person: { id: ada.id },
      link: { relation: 'met', followUp: 'pending' },
    });
    const fresh = await meetAtEvent(deps, conf.id, {
      person: 'Grace Mensah',
      newPerson: { displayName: 'Grace Mensah', company: 'Accra Ports' },
      note: 'wants speakers',
    });
    expect(fresh.created).toBe(true);
    expect(await getPerson(deps, fresh.person.id)).toMatchObject({
      company: 'Accra Ports',
      howMet: 'Met at Logistics World',
      metOn: '2026-05-20',
    });
    await markAttending(deps, conf.id, { person: bo.id });
    // met trumps attending, and attending then met upgrades the link
    await markAttending(deps, conf.id, { person: ada.id });
    const upgraded = await meetAtEvent(deps, conf.id, { person: bo.id });
    expect(upgraded.link).toMatchObject({ relation: 'met', followUp: 'pending' });

    const view = await viewEvent(deps, conf.id);
    expect(view.people.map((p) => [p.displayName, p.relation, p.note])).toEqual([
      ['Ada Okafor', 'met', 'warehouse robots'],
      ['Bo Lind', 'met', null],
      ['Grace Mensah', 'met', 'wants speakers'],
    ]);
    await expect(markAttending(deps, conf.id, { person: 'Nobody Here' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
  });

  it('marks a planned event attended when someone is met there, so its organization lists it', async () => {
    const org = await createOrganization(deps, { name: 'Supply Chain Guild' });
    const meetup = await createEvent(deps, { name: 'Guild meetup', startsOn: '2026-05-20', organizationId: org.id });
    const skipped = await createEvent(deps, { name: 'Guild gala', startsOn: '2026-05-21', status: 'skipped' });
    expect(meetup.status).toBe('planned');
    expect((await viewOrganization(deps, org.id)).meetingsAttended).toEqual([]);
    const met = await meetAtEvent(deps, meetup.id, { newPerson: { displayName: 'Ada Okafor' } });
    expect(met.event.status).toBe('attended');
    expect((await getEvent(deps, meetup.id)).status).toBe('attended');
    expect((await viewOrganization(deps, org.id)).meetingsAttended.map((event) => event.name)).toEqual([
      'Guild meetup',
    ]);
    // A status you chose other than planned stays yours.
    await meetAtEvent(deps, skipped.id, { newPerson: { displayName: 'Bo Lind' } });
    expect((await getEvent(deps, skipped.id)).status).toBe('skipped');
  });

  it('quick capture is atomic: a failure at any step leaves nothing', async () => {
    const conf = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-05-20' });
    await createPerson(deps, { displayName: 'Oliver Smith', company: 'Acme' });
    await createPerson(deps, { displayName: 'Oliver Smith', company: 'Globex' });
    const before = await countPeople();
    const nothingChanged = async () => {
      expect(await countPeople()).toBe(before);
      expect(await deps.repos.events.links()).toEqual([]);
    };

    // the person step: an invalid field
    await expect(
      meetAtEvent(deps, conf.id, { newPerson: { displayName: 'Ada', emails: [{ value: 'not-an-email' }] } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'newPerson.emails.0.value: is not a valid email address',
    });
    await nothingChanged();
    // the person step: an introducer who does not exist
    await expect(
      meetAtEvent(deps, conf.id, { newPerson: { displayName: 'Ada', introducedById: 'missing' } }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    await nothingChanged();
    // the event step
    await expect(meetAtEvent(deps, 'missing-event', { newPerson: { displayName: 'Ada' } })).rejects.toMatchObject({
      code: 'EVENT_NOT_FOUND',
    });
    await nothingChanged();
    // the lookup step: a name shared by several people
    await expect(meetAtEvent(deps, conf.id, { person: 'Oliver Smith' })).rejects.toMatchObject({
      code: 'AMBIGUOUS_NAME',
    });
    await nothingChanged();
    // the interaction step, after the person and the link were written: an event that has not started
    const future = await createEvent(deps, { name: 'Next year', startsOn: '2027-03-01' });
    await expect(meetAtEvent(deps, future.id, { newPerson: { displayName: 'Ada' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'event: Next year starts on 2027-03-01, so nobody can have been met there yet',
    });
    await nothingChanged();
    expect(await listInteractions(deps)).toEqual([]);
    // after every step: the enclosing transaction fails, and the person and link roll back with it
    await expect(
      deps.repos.transaction(async (repos) => {
        await meetAtEvent({ ...deps, repos }, conf.id, { newPerson: { displayName: 'Ada' }, note: 'robots' });
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');
    await nothingChanged();
  });

  it('quick capture logs the meeting as the first interaction, once', async () => {
    const conf = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-05-20', endsOn: '2026-05-22' });
    const result = await meetAtEvent(deps, conf.id, { newPerson: { displayName: 'Grace Mensah' }, note: 'ports' });
    expect(result.interactionId).not.toBeNull();
    expect(await getInteraction(deps, result.interactionId ?? '')).toMatchObject({
      kind: 'event',
      summary: 'Met at Logistics World',
      notes: 'ports',
      eventId: conf.id,
      occurredOn: '2026-05-22',
      personIds: [result.person.id],
    });
    const again = await meetAtEvent(deps, conf.id, { personId: result.person.id, note: 'ports and rail' });
    expect(again.interactionId).toBeNull();
    expect(await listInteractions(deps)).toHaveLength(1);
    // the meeting itself is not a follow-up
    expect((await listFollowUps(deps)).map((f) => f.personId)).toEqual([result.person.id]);
  });

  it('feeds follow-ups and shared events into the daily list, cleared by an interaction or a dismissal', async () => {
    const conf = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-05-28', endsOn: '2026-05-29' });
    const ada = (
      await meetAtEvent(deps, conf.id, {
        person: 'Ada Okafor',
        newPerson: { displayName: 'Ada Okafor', tier: 'acquaintance' },
      })
    ).person;
    const bo = (
      await meetAtEvent(deps, conf.id, {
        person: 'Bo Lind',
        newPerson: { displayName: 'Bo Lind', tier: 'acquaintance' },
      })
    ).person;
    const cy = await createPerson(deps, { displayName: 'Cy Young', tier: 'acquaintance' });
    const meetup = await createEvent(deps, { name: 'Data meetup', startsOn: '2026-06-04' });
    await markAttending(deps, meetup.id, { person: cy.id });

    const reasons = async () =>
      Object.fromEntries((await getToday(deps)).entries.map((entry) => [entry.name, entry.reasons]));
    expect(await reasons()).toEqual({
      'Ada Okafor': [expect.stringContaining('met at Logistics World')],
      'Bo Lind': [expect.stringContaining('met at Logistics World')],
      'Cy Young': [expect.stringContaining('you will both be at Data meetup')],
    });

    await logInteraction(deps, { personIds: [ada.id], kind: 'email', summary: 'Sent the deck' });
    await dismissFollowUp(deps, conf.id, bo.id);
    expect(await listFollowUps(deps)).toEqual([]);
    expect(Object.keys(await reasons())).toEqual(['Cy Young']);
  });

  it('proposes following up only within a month of the event, and lists the older follow-ups still', async () => {
    const old = await createEvent(deps, { name: 'Spring expo', startsOn: '2026-04-20', endsOn: '2026-04-30' });
    const recent = await createEvent(deps, { name: 'Summit', startsOn: '2026-04-25', endsOn: '2026-05-02' });
    const di = (
      await meetAtEvent(deps, old.id, { person: 'Di Old', newPerson: { displayName: 'Di Old', tier: 'acquaintance' } })
    ).person;
    const ed = (
      await meetAtEvent(deps, recent.id, {
        person: 'Ed Recent',
        newPerson: { displayName: 'Ed Recent', tier: 'acquaintance' },
      })
    ).person;

    const entries = (await getToday(deps)).entries;
    expect(entries.map((entry) => [entry.name, entry.reasons])).toEqual([
      ['Ed Recent', [expect.stringContaining('met at Summit')]],
    ]);
    expect((await listFollowUps(deps)).map((f) => f.personId)).toEqual([di.id, ed.id]);
  });

  it('turns a membership renewal date into a reminder, replaced when it changes and removed with the organization', async () => {
    const assoc = await createOrganization(deps, {
      name: 'Logistics Association',
      membership: { role: 'member', renewsOn: '2026-06-01' },
    });
    const due = await listReminders(deps);
    expect(due.map((r) => [r.id, r.text, r.dueOn])).toEqual([
      [assoc.membership?.reminderId, 'Renew your membership of Logistics Association', '2026-06-01'],
    ]);
    // the same date keeps the reminder; a new date replaces it
    const sameDate = await joinOrganization(deps, assoc.id, { role: 'officer', renewsOn: '2026-06-01' });
    expect(sameDate.membership?.reminderId).toBe(assoc.membership?.reminderId);
    const moved = await joinOrganization(deps, assoc.id, { role: 'officer', renewsOn: '2027-06-01' });
    expect((await listReminders(deps, { all: true })).map((r) => [r.id, r.dueOn])).toEqual([
      [moved.membership?.reminderId, '2027-06-01'],
    ]);
    await deleteOrganization(deps, assoc.id);
    expect(await listReminders(deps, { all: true })).toEqual([]);
  });

  it('lists follow-ups due the window after the event, by event, until dismissed', async () => {
    const conf = await createEvent(deps, {
      name: 'Logistics World',
      startsOn: '2026-05-20',
      endsOn: '2026-05-22',
      status: 'attended',
    });
    const meetup = await createEvent(deps, { name: 'Data meetup', startsOn: '2026-05-28', status: 'attended' });
    const ada = (await meetAtEvent(deps, conf.id, { person: 'Ada Okafor', note: 'robots' })).person;
    const bo = (await meetAtEvent(deps, meetup.id, { person: 'Bo Lind' })).person;
    const cy = await createPerson(deps, { displayName: 'Cy Young' });
    await markAttending(deps, meetup.id, { person: cy.id });

    expect(await listFollowUps(deps)).toEqual([
      {
        personId: ada.id,
        personName: 'Ada Okafor',
        eventId: conf.id,
        eventName: 'Logistics World',
        metOn: '2026-05-22',
        dueOn: '2026-05-24',
        note: 'robots',
      },
      expect.objectContaining({ personId: bo.id, metOn: '2026-05-28', dueOn: '2026-05-30' }),
    ]);
    expect((await listFollowUps(deps, { eventId: meetup.id })).map((f) => f.personId)).toEqual([bo.id]);

    await updateSettings(deps, { followUpDays: 7 });
    expect((await listFollowUps(deps, { eventId: meetup.id }))[0]?.dueOn).toBe('2026-06-04');

    const dismissed = await dismissFollowUp(deps, conf.id, ada.id);
    expect(dismissed).toMatchObject({ followUp: 'dismissed', followUpAt: '2026-06-01T12:00:00.000Z' });
    expect((await listFollowUps(deps)).map((f) => f.personId)).toEqual([bo.id]);
    await expect(dismissFollowUp(deps, meetup.id, cy.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listFollowUps(deps, { eventId: 'missing' })).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
  });

  it('deleting an event or an organization unlinks and never deletes people', async () => {
    const assoc = await createOrganization(deps, { name: 'Logistics Association' });
    const conf = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-05-20', organizationId: assoc.id });
    const dinner = await createEvent(deps, {
      name: 'Dinner',
      kind: 'meal',
      startsOn: '2026-05-21',
      organizationId: assoc.id,
    });
    const ada = (await meetAtEvent(deps, conf.id, { person: 'Ada Okafor' })).person;
    const bo = (await meetAtEvent(deps, conf.id, { person: 'Bo Lind' })).person;
    await markAttending(deps, dinner.id, { person: ada.id });
    await affiliatePerson(deps, assoc.id, { personId: bo.id, role: 'member' });

    const removedEvent = await deleteEvent(deps, conf.id);
    expect(removedEvent.unlinked).toEqual({ people: 2, interactions: 2 });
    expect(await countPeople()).toBe(2);
    expect((await listInteractions(deps)).map((i) => [i.summary, i.eventId])).toEqual([
      ['Met at Logistics World', null],
      ['Met at Logistics World', null],
    ]);
    await expect(getEvent(deps, conf.id)).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
    expect((await viewEvent(deps, dinner.id)).people.map((p) => p.id)).toEqual([ada.id]);

    const removedOrganization = await deleteOrganization(deps, assoc.id);
    expect(removedOrganization.unlinked).toEqual({ affiliations: 1, events: 1 });
    expect((await getEvent(deps, dinner.id)).organizationId).toBeNull();
    expect(await countPeople()).toBe(2);
    await expect(deleteOrganization(deps, assoc.id)).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
  });

  it('prepares for an event: attending, affiliated and local people, and meal suggestions by closeness', async () => {
    const assoc = await createOrganization(deps, { name: 'Logistics Association' });
    const past = await createEvent(deps, { name: 'Summit 2025', startsOn: '2025-09-10', status: 'attended' });
    const conf = await createEvent(deps, {
      name: 'Logistics World',
      startsOn: '2026-09-14',
      location: 'FIL, Lisbon',
      organizationId: assoc.id,
    });
    const inner = await createPerson(deps, { displayName: 'Ines Inner', tier: 'inner', metOn: '2026-05-01' });
    const closeOld = await createPerson(deps, { displayName: 'Carl Close', tier: 'close' });
    const closeRecent = await createPerson(deps, { displayName: 'Cora Close', tier: 'close', metOn: '2026-04-01' });
    const local = await createPerson(deps, {
      displayName: 'Luis Local',
      tier: 'regular',
      location: 'Lisbon, Portugal',
    });
    const member = await createPerson(deps, { displayName: 'Mia Member', tier: 'acquaintance' });
    await createPerson(deps, { displayName: 'Far Away', tier: 'inner', location: 'Oslo' });
    await meetAtEvent(deps, past.id, { person: closeOld.id });
    for (const person of [inner, closeOld, closeRecent]) await markAttending(deps, conf.id, { person: person.id });
    // a call is speaking, not meeting in person: Carl stays the longest unseen of the close tier
    await logInteraction(deps, {
      personIds: [closeOld.id],
      kind: 'call',
      occurredAt: '2026-05-30',
      summary: 'Catch-up',
    });
    await affiliatePerson(deps, assoc.id, { personId: member.id, role: 'member' });

    const prep = await prepareEvent(deps, conf.id);
    expect(prep.attending.map((p) => p.displayName)).toEqual(['Carl Close', 'Cora Close', 'Ines Inner']);
    expect(prep.attending.find((p) => p.id === closeOld.id)).toMatchObject({
      lastSpokeOn: '2026-05-30',
      lastInPersonOn: '2025-09-10',
    });
    expect(prep.affiliated.map((p) => p.id)).toEqual([member.id]);
    expect(prep.local.map((p) => p.id)).toEqual([local.id]);
    expect(prep.mealSuggestions.map((p) => p.displayName)).toEqual([
      'Ines Inner',
      'Carl Close',
      'Cora Close',
      'Luis Local',
      'Mia Member',
    ]);
    await expect(prepareEvent(deps, 'missing')).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
  });

  it('reports the sources of your network and who you are still in touch with', async () => {
    const assoc = await createOrganization(deps, { name: 'Logistics Association' });
    const old = await createEvent(deps, {
      name: 'Summit 2025',
      startsOn: '2025-01-10',
      status: 'attended',
      organizationId: assoc.id,
    });
    const recent = await createEvent(deps, { name: 'Meetup', startsOn: '2026-05-20', status: 'attended' });
    await meetAtEvent(deps, old.id, { person: 'Ada Okafor' });
    await meetAtEvent(deps, old.id, { person: 'Bo Lind', newPerson: { displayName: 'Bo Lind', tier: 'acquaintance' } });
    await meetAtEvent(deps, recent.id, { person: 'Cy Young' });
    // seeing Ada again at the meetup keeps you in touch; she still counts for the summit
    await meetAtEvent(deps, recent.id, { person: 'Ada Okafor' });
    // a message within a year keeps Bo (an acquaintance, no cadence) in touch
    await logInteraction(deps, {
      personIds: [(await resolvePersonByName('Bo Lind')).id],
      kind: 'message',
      summary: 'Hi',
    });

    // most introductions first, then most still in touch, then by name
    expect((await networkSources(deps)).sources).toEqual([
      { kind: 'organization', id: assoc.id, name: 'Logistics Association', introduced: 2, stillInTouch: 2 },
      { kind: 'event', id: old.id, name: 'Summit 2025', introduced: 2, stillInTouch: 2 },
      { kind: 'event', id: recent.id, name: 'Meetup', introduced: 1, stillInTouch: 1 },
    ]);
  });

  it("keeps each owner's events and organizations apart", async () => {
    const other = await createOwner(database.repos, { email: 'other@example.test' });
    const theirs = await createEvent(other, { name: 'Their event', startsOn: '2026-01-01' });
    const theirOrg = await createOrganization(other, { name: 'Their org' });
    const theirPerson = await createPerson(other, { displayName: 'Their person' });
    const mine = await createEvent(deps, { name: 'My event', startsOn: '2026-01-01' });
    await expect(getEvent(deps, theirs.id)).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
    await expect(deleteEvent(deps, theirs.id)).rejects.toMatchObject({ code: 'EVENT_NOT_FOUND' });
    await expect(getOrganization(deps, theirOrg.id)).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    await expect(updateEvent(deps, mine.id, { organizationId: theirOrg.id })).rejects.toMatchObject({
      code: 'ORGANIZATION_NOT_FOUND',
    });
    await expect(markAttending(deps, mine.id, { person: theirPerson.id })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    expect(await listEvents(deps)).toHaveLength(1);
    expect(await listOrganizations(deps)).toEqual([]);
  });
});
