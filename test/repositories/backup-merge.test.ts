import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '../../src/core/backup/export-backup.js';
import type { BackupRecordKind } from '../../src/core/backup/records.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import { backupSections } from '../../src/core/backup/sections.js';
import { importAttendees } from '../../src/core/conference/import-attendees.js';
import { type MergeHook, mergeHooks } from '../../src/core/dedupe/merge-hooks.js';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { createEvent } from '../../src/core/events/create-event.js';
import { markAttending } from '../../src/core/events/mark-attending.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { dismissSuggestion } from '../../src/core/introductions/dismiss-suggestion.js';
import { startIntroduction } from '../../src/core/introductions/start-introduction.js';
import { updateIntroduction } from '../../src/core/introductions/update-introduction.js';
import { createItem } from '../../src/core/items/create-item.js';
import { snoozePerson } from '../../src/core/keep-in-touch/snooze-person.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { preparePhoto, setPersonPhoto } from '../../src/core/photos/set-person-photo.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import type { Deps } from '../../src/core/repos.js';
import { shareItem } from '../../src/core/shares/share-item.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  openTestDatabase,
  type TestDatabase,
} from '../support/databases.js';
import { fixturesDir } from '../support/fixtures.js';

const noFetch = async (url: string) => {
  throw new Error(`no network in this test: ${url}`);
};

/** A small network with a row of every kind kith stores, around two records of one person. */
async function buildNetwork(deps: Deps & { setNow(date: Date): void }) {
  const owner = { ...deps, fetchPage: noFetch };
  const keep = await createPerson(deps, {
    displayName: 'Robert Okafor',
    tier: 'close',
    emails: [{ value: 'robert@northwind.example' }],
    topics: ['logistics'],
  });
  const other = await createPerson(deps, {
    displayName: 'Bob Okafor',
    tier: 'close',
    birthday: '--06-03',
    phones: [{ value: '+234 803 123 4567' }],
    needs: ['planners'],
  });
  const ines = await createPerson(deps, { displayName: 'Inés Álvarez', tier: 'regular', offers: ['planners'] });
  const yuki = await createPerson(deps, { displayName: 'Yuki Tanaka', tier: 'inner' });

  const guild = await createOrganization(deps, {
    name: 'Logistics Guild',
    kind: 'trade_association',
    membership: { since: '2024-01-01', role: 'member', renewsOn: '2026-12-31' },
  });
  const alumni = await createOrganization(deps, { name: 'Delft Alumni', kind: 'alumni' });
  await affiliatePerson(deps, guild.id, { personId: keep.id, current: false });
  await affiliatePerson(deps, guild.id, { personId: other.id, role: 'treasurer' });
  await affiliatePerson(deps, alumni.id, { personId: other.id, role: 'class of 2010' });
  await affiliatePerson(deps, alumni.id, { personId: ines.id });

  deps.setNow(new Date('2026-01-10T09:00:00Z'));
  const summit = await createEvent(deps, {
    name: 'Rotterdam Supply Summit',
    kind: 'conference',
    startsOn: '2026-01-09',
    endsOn: '2026-01-10',
    organizationId: guild.id,
    status: 'attended',
  });
  const meetup = await createEvent(deps, { name: 'Lagos meetup', kind: 'meetup', startsOn: '2026-01-10' });
  await markAttending(deps, summit.id, { person: keep.id, note: 'on the panel' });
  await meetAtEvent(deps, summit.id, { personId: other.id, note: 'asked about planners' });
  await meetAtEvent(deps, meetup.id, { personId: other.id });
  await meetAtEvent(deps, meetup.id, { personId: yuki.id });
  // The summit's attendee list: Bob (matched by name and phone) and a stranger.
  await importAttendees(deps, summit.id, {
    csv: 'Name,Company,Email\nBob Okafor,,\nMarta Silva,Porto Freight,marta@porto.example\n',
  });
  await logInteraction(deps, {
    personIds: [keep.id, other.id],
    kind: 'meal',
    summary: 'Dinner in Rotterdam',
    eventId: summit.id,
  });
  await logInteraction(deps, { personIds: [other.id, ines.id], kind: 'call', summary: 'Planning call' });
  deps.setNow(new Date('2026-02-20T09:00:00Z'));
  await logInteraction(deps, { personIds: [other.id], kind: 'email', summary: 'Sent the deck', notes: 'Follow up.' });
  await logInteraction(deps, { personIds: [yuki.id], kind: 'message', summary: 'Congrats on the talk' });

  deps.setNow(new Date('2026-06-01T12:00:00Z'));
  await createReminder(deps, { personId: other.id, text: 'Ask about the warehouse', dueOn: '2026-06-10' });
  await createReminder(deps, { text: 'Renew membership', dueOn: '2026-07-01' });
  await createOccasion(deps, { personId: other.id, label: 'Work anniversary', date: '--09-01' });
  await snoozePerson(deps, keep.id, { until: '2026-06-20' });
  await snoozePerson(deps, other.id, { until: '2026-08-01' });
  await deps.repos.keepInTouch.recordSuggestions([other.id, ines.id], '2026-05-30');
  await deps.repos.keepInTouch.recordSuggestions([keep.id, other.id], '2026-05-31');
  await deps.repos.keepInTouch.saveState({
    ...(await deps.repos.keepInTouch.state(other.id)),
    driftSilencedUntil: '2026-09-01',
  });
  await deps.repos.todayPicks.recordPick({ kind: 'reconnect', shownOn: '2026-05-31', personId: ines.id });
  await deps.repos.todayPicks.dismiss('reconnect', ines.id, '2026-05-31');
  await deps.repos.todayPicks.recordPick({ kind: 'hello', shownOn: '2026-05-31', personId: yuki.id });
  await deps.repos.todayPicks.answerTierAdvice('inner', 6, '2026-05-31');

  const article = await createItem(owner, { text: 'Cross-dock planning in practice', title: 'Cross-docking' });
  const job = await createItem(owner, { text: 'Planner wanted', kind: 'job', company: 'Northwind', role: 'Planner' });
  await shareItem(deps, { itemId: article.id, personId: other.id, sharedAt: '2026-03-01T10:00:00.000Z' });
  await shareItem(deps, { itemId: article.id, personId: keep.id, sharedAt: '2026-04-01T10:00:00.000Z' });
  await shareItem(deps, { itemId: job.id, personId: other.id, note: 'thought of you' });

  await startIntroduction(deps, { personAId: keep.id, personBId: other.id, reason: 'same person, as it turns out' });
  const keepInes = await startIntroduction(deps, { personAId: keep.id, personBId: ines.id, reason: 'planners' });
  const otherInes = await startIntroduction(deps, { personAId: ines.id, personBId: other.id, reason: 'planners' });
  await updateIntroduction(deps, otherInes.id, { status: 'asked-a' });
  await updateIntroduction(deps, otherInes.id, { status: 'asked-b' });
  await updateIntroduction(deps, otherInes.id, { status: 'made' });
  await startIntroduction(deps, { personAId: other.id, personBId: yuki.id, reason: 'both in Lagos' });
  await dismissSuggestion(deps, { personAId: ines.id, personBId: other.id, feedback: 'they already work together' });
  // Photos: a picture for the one merged away, and a link (a card's PHOTO;VALUE=uri) for another.
  await setPersonPhoto(deps, other.id, readFileSync(join(fixturesDir, 'photos', 'square.png')));
  await deps.repos.photos.save(
    await preparePhoto(yuki.id, { kind: 'link', url: 'https://photos.example/yuki.jpg' }, new Date()),
  );
  return { keep, other, ines, yuki, keepInes, otherInes, article, guild, summit };
}

const kinds: BackupRecordKind[] = [
  'organizations',
  'affiliations',
  'events',
  'eventPeople',
  'eventAttendees',
  'items',
  'interactions',
  'reminders',
  'occasions',
  'contactStates',
  'suggestions',
  'todayPicks',
  'tierAdvice',
  'shares',
  'introductions',
  'introductionDismissals',
  'photos',
];

async function counts(deps: Deps) {
  const result: Record<string, number> = { people: await deps.repos.people.count() };
  for (const kind of kinds) result[kind] = await deps.repos.backup.count(kind);
  const interactions = await deps.repos.backup.read('interactions');
  result.participants = interactions.reduce((sum, interaction) => sum + interaction.participants.length, 0);
  return result;
}

/** Every person id any stored row points at. */
async function referencedPeople(deps: Deps): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const interaction of await deps.repos.backup.read('interactions')) {
    for (const id of interaction.participants) ids.add(id);
  }
  for (const row of await deps.repos.backup.read('reminders')) if (row.personId) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('occasions')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('contactStates')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('suggestions')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('todayPicks')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('shares')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('affiliations')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('eventPeople')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('photos')) ids.add(row.personId);
  for (const row of await deps.repos.backup.read('eventAttendees')) if (row.personId) ids.add(row.personId);
  for (const row of [
    ...(await deps.repos.backup.read('introductions')),
    ...(await deps.repos.backup.read('introductionDismissals')),
  ]) {
    ids.add(row.personAId);
    ids.add(row.personBId);
  }
  return ids;
}

describeEachDatabase('complete backup and merge across features', (kind) => {
  let database: TestDatabase;
  let deps: Deps & { setNow(date: Date): void };

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  it('backs up every kind of row, restores it into a fresh database, and exports the same bytes again', async () => {
    await buildNetwork(deps);
    const first = serializeBackup(await exportBackup(deps));
    const document = JSON.parse(first);
    expect(Object.keys(document.sections)).toEqual(backupSections.map((section) => section.name));
    for (const name of ['people', ...kinds]) {
      expect(document.sections[name].length, name).toBeGreaterThan(0);
    }
    expect(document.sections.interactions.map((row: { id: string }) => row.id)).toEqual(
      [...document.sections.interactions.map((row: { id: string }) => row.id)].sort(),
    );

    const target = await openTestDatabase(kind);
    try {
      const owner = await createOwner(target.repos);
      const summary = await restoreBackup(owner, document);
      for (const name of ['people', ...kinds]) {
        expect(summary.sections[name], name).toBe(document.sections[name].length);
      }
      expect(await counts(owner)).toEqual(await counts(deps));
      expect(serializeBackup(await exportBackup(owner))).toBe(first);
      await expect(restoreBackup(owner, document)).rejects.toMatchObject({ code: 'NOT_EMPTY' });
    } finally {
      await target.close();
    }
  });

  it('refuses a backup with a bad row in a feature section, naming it, and writes nothing', async () => {
    await buildNetwork(deps);
    const document = JSON.parse(serializeBackup(await exportBackup(deps)));
    document.sections.shares[0].itemId = 7;
    const owner = await createOwner(database.repos);
    await expect(restoreBackup(owner, document)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('sections.shares.0.itemId'),
    });
    const dangling = JSON.parse(serializeBackup(await exportBackup(deps)));
    dangling.sections.shares[0].personId = 'NO-SUCH-PERSON';
    await expect(restoreBackup(owner, dangling)).rejects.toThrow();
    expect(await counts(owner)).toEqual({
      people: 0,
      ...Object.fromEntries(kinds.map((name) => [name, 0])),
      participants: 0,
    });
  });

  it('merges moving every reference to the kept person: nothing lost, nothing dangling', async () => {
    const { keep, other, keepInes, otherInes, article, guild, summit } = await buildNetwork(deps);
    const before = await counts(deps);
    const otherShares = await deps.repos.shares.listForPerson(other.id);
    const lastDays = [
      (await deps.repos.keepInTouch.state(keep.id)).lastInteractionOn,
      (await deps.repos.keepInTouch.state(other.id)).lastInteractionOn,
    ].sort();
    const withEither = (await deps.repos.backup.read('interactions'))
      .filter((row) => row.participants.includes(keep.id) || row.participants.includes(other.id))
      .map((row) => row.id);

    await mergePeople(deps, { keepId: keep.id, otherId: other.id });

    const after = await counts(deps);
    expect(after).toEqual({
      ...before,
      people: (before.people ?? 0) - 1,
      // the dinner both were at keeps one participant row
      participants: (before.participants ?? 0) - 1,
      // the other's keep-in-touch state and suggestion days go; the kept person's stay
      contactStates: (before.contactStates ?? 0) - 1,
      suggestions: (before.suggestions ?? 0) - 2,
      // both got the article: the earlier share stays
      shares: (before.shares ?? 0) - 1,
      // keep–other would introduce Robert to himself; two Robert–Inés introductions keep the made one
      introductions: (before.introductions ?? 0) - 2,
      // both were at the summit and in the guild: one link and one affiliation each stay
      eventPeople: (before.eventPeople ?? 0) - 1,
      affiliations: (before.affiliations ?? 0) - 1,
    });
    const referenced = await referencedPeople(deps);
    expect(referenced.has(other.id)).toBe(false);
    for (const id of referenced) expect(await deps.repos.people.get(id), id).toBeDefined();

    const interactions = await deps.repos.backup.read('interactions');
    expect(interactions.filter((row) => row.participants.includes(keep.id)).map((row) => row.id)).toEqual(withEither);
    const shares = await deps.repos.shares.listForPerson(keep.id);
    expect(shares).toHaveLength(2);
    expect(shares.find((share) => share.itemId === article.id)?.id).toBe(
      otherShares.find((share) => share.itemId === article.id)?.id,
    );
    const introductions = await deps.repos.backup.read('introductions');
    expect(introductions.map((row) => row.id)).not.toContain(keepInes.id);
    expect(introductions.find((row) => row.id === otherInes.id)).toMatchObject({ status: 'made', personBId: keep.id });
    const state = await deps.repos.keepInTouch.state(keep.id);
    expect(state).toMatchObject({ snoozedUntil: '2026-06-20', lastInteractionOn: lastDays[1] });
    expect(await deps.repos.events.getLink(summit.id, keep.id)).toMatchObject({
      relation: 'met',
      followUp: 'pending',
      note: 'on the panel\n\nasked about planners',
    });
    expect(await deps.repos.organizations.affiliations({ organizationId: guild.id })).toEqual([
      expect.objectContaining({ personId: keep.id, role: 'treasurer', current: true }),
    ]);
    const reminders = await deps.repos.backup.read('reminders');
    expect(reminders.filter((row) => row.personId === keep.id)).toHaveLength(1);
    // The attendee row matched to the one merged away names the kept person.
    expect((await deps.repos.attendees.list(summit.id)).map((row) => row.personId)).toEqual([keep.id, null]);
    // The kept person had no photo: the other's is theirs now (the photo count stays).
    expect(await deps.repos.photos.get(keep.id)).toMatchObject({ kind: 'image', width: 300, height: 300 });
  });

  it('merges two people with the same date once: one card imported as two people keeps one anniversary', async () => {
    const keep = await createPerson(deps, { displayName: 'Ada Okafor', emails: [{ value: 'ada@work.example' }] });
    const other = await createPerson(deps, { displayName: 'Ada Okafor', emails: [{ value: 'ada@home.example' }] });
    await createOccasion(deps, { personId: keep.id, label: 'anniversary', date: '--06-12' });
    await createOccasion(deps, { personId: other.id, label: 'Anniversary', date: '--06-12' });
    await createOccasion(deps, { personId: other.id, label: 'name day', date: '--03-02' });
    await mergePeople(deps, { keepId: keep.id, otherId: other.id });
    const dates = (await deps.repos.occasions.listForPerson(keep.id)).map((row) => `${row.label} ${row.date}`);
    expect(dates).toEqual(['name day --03-02', 'anniversary --06-12']);
  });

  it('merges in one transaction: when a hook fails, every table is exactly as it was', async () => {
    const { keep, other } = await buildNetwork(deps);
    const before = serializeBackup(await exportBackup(deps));
    const failing: MergeHook = {
      name: 'fails after the others',
      move: async () => {
        throw new Error('hook failed');
      },
    };
    await expect(mergePeople(deps, { keepId: keep.id, otherId: other.id }, [...mergeHooks, failing])).rejects.toThrow(
      'hook failed',
    );
    expect(serializeBackup(await exportBackup(deps))).toBe(before);
  });
});
