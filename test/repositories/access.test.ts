import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '../../src/core/backup/export-backup.js';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { isKithError } from '../../src/core/errors.js';
import { createEvent } from '../../src/core/events/create-event.js';
import { listFollowUps } from '../../src/core/events/follow-ups.js';
import { listEvents } from '../../src/core/events/list-events.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { updateEvent } from '../../src/core/events/update-event.js';
import { listInteractions } from '../../src/core/interactions/list-interactions.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { updateInteraction } from '../../src/core/interactions/update-interaction.js';
import { dismissSuggestion } from '../../src/core/introductions/dismiss-suggestion.js';
import { startIntroduction } from '../../src/core/introductions/start-introduction.js';
import { createItem } from '../../src/core/items/create-item.js';
import { answerTierAdvice } from '../../src/core/keep-in-touch/answer-tier-advice.js';
import { acceptTierSuggestions } from '../../src/core/keep-in-touch/tier-suggestions.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import type { OwnerRepos } from '../../src/core/repos.js';
import { type ReferencedKind, requireOwned } from '../../src/core/shared/access.js';
import { newId } from '../../src/core/shared/ids.js';
import { shareItem } from '../../src/core/shares/share-item.js';
import { migrate } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  openMigratedTo,
  type TestDatabase,
} from '../support/databases.js';

const noFetch = async (url: string) => {
  throw new Error(`no network in this test: ${url}`);
};

/**
 * The one access check for ids an input names besides the record it is about
 * (`src/core/shared/access.ts`): B names A's records in every field that takes an id, and
 * each use-case answers "not found" for that field, as for an id that exists nowhere,
 * and leaves B's data as it was.
 */
describeEachDatabase('access to referenced ids', (kind) => {
  let database: TestDatabase;
  let alice: Awaited<ReturnType<typeof createOwner>>;
  let bob: Awaited<ReturnType<typeof createOwner>>;
  /** Alice's records, one of each kind a request may name. */
  let theirs: Record<ReferencedKind, string>;
  /** Bob's own, to name beside Alice's. */
  let mine: { person: string; other: string; event: string; organization: string; item: string; interaction: string };

  freshDatabaseEachTest(kind, async (fresh) => {
    database = fresh.database;
    alice = fresh.deps;
    bob = await createOwner(database.repos);
    for (const owner of [alice, bob]) owner.setNow(new Date('2026-06-01T12:00:00Z'));
    const aliceItem = await createItem({ ...alice, fetchPage: noFetch }, { text: 'Kafka pipelines', title: 'Kafka' });
    theirs = {
      person: (await createPerson(alice, { displayName: 'Zelda' })).id,
      event: (await createEvent(alice, { name: 'Alice Con', startsOn: '2026-05-01' })).id,
      organization: (await createOrganization(alice, { name: 'Alice Guild' })).id,
      item: aliceItem.id,
    };
    const person = (await createPerson(bob, { displayName: 'Grace', tier: 'inner' })).id;
    const other = (await createPerson(bob, { displayName: 'Hopper' })).id;
    const event = (await createEvent(bob, { name: 'Bob Con', startsOn: '2026-05-02' })).id;
    mine = {
      person,
      other,
      event,
      organization: (await createOrganization(bob, { name: 'Bob Guild' })).id,
      item: (await createItem({ ...bob, fetchPage: noFetch }, { text: 'Stream processing', title: 'Streams' })).id,
      interaction: (await logInteraction(bob, { personIds: [person], summary: 'Coffee', occurredAt: '2026-05-03' })).id,
    };
  });

  /** Runs a call that must be refused: the error's code and message, and Bob's data unchanged. */
  async function refused(call: () => Promise<unknown>): Promise<{ code: string; message: string }> {
    const before = serializeBackup(await exportBackup(bob));
    const error = await call().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!isKithError(error)) throw new Error(`expected a KithError, got ${String(error)}`);
    expect(error.status).toBe(404);
    expect(serializeBackup(await exportBackup(bob))).toBe(before);
    return { code: error.code, message: error.message };
  }

  it('a person named by another owner’s id is not found, in every field that names a person', async () => {
    const zelda = theirs.person;
    const calls: [string, () => Promise<unknown>][] = [
      ['personIds', () => logInteraction(bob, { personIds: [mine.person, zelda], summary: 'Lunch' })],
      ['personIds', () => updateInteraction(bob, mine.interaction, { personIds: [zelda] })],
      ['personId', () => listInteractions(bob, { personId: zelda })],
      ['introducedById', () => createPerson(bob, { displayName: 'Ivy', introducedById: zelda })],
      ['introducedById', () => updatePerson(bob, mine.person, { introducedById: zelda })],
      ['personId', () => createReminder(bob, { personId: zelda, text: 'Call', dueOn: '2026-06-10' })],
      ['personId', () => shareItem(bob, { itemId: mine.item, personId: zelda })],
      ['personBId', () => startIntroduction(bob, { personAId: mine.person, personBId: zelda, reason: 'data' })],
      ['personAId', () => dismissSuggestion(bob, { personAId: zelda, personBId: mine.person })],
      ['personId', () => meetAtEvent(bob, mine.event, { personId: zelda })],
      ['personId', () => affiliatePerson(bob, mine.organization, { personId: zelda })],
      ['otherId', () => mergePeople(bob, { keepId: mine.person, otherId: zelda })],
      ['personIds', () => answerTierAdvice(bob, { tier: 'inner', personIds: [zelda] })],
      ['personIds', () => acceptTierSuggestions(bob, { personIds: [zelda] })],
    ];
    for (const [field, call] of calls) {
      expect(await refused(call), field).toEqual({
        code: 'PERSON_NOT_FOUND',
        message: `${field}: no person with id ${zelda}`,
      });
    }
  });

  it('an event named by another owner’s id is not found', async () => {
    const calls: (() => Promise<unknown>)[] = [
      () => logInteraction(bob, { personIds: [mine.person], summary: 'Talk', eventId: theirs.event }),
      () => updateInteraction(bob, mine.interaction, { eventId: theirs.event }),
      () => listFollowUps(bob, { eventId: theirs.event }),
    ];
    for (const call of calls) {
      expect(await refused(call)).toEqual({
        code: 'EVENT_NOT_FOUND',
        message: `eventId: no event with id ${theirs.event}`,
      });
    }
  });

  it('an organization named by another owner’s id is not found', async () => {
    const calls: (() => Promise<unknown>)[] = [
      () => createEvent(bob, { name: 'Guild night', startsOn: '2026-06-20', organizationId: theirs.organization }),
      () => updateEvent(bob, mine.event, { organizationId: theirs.organization }),
      () => listEvents(bob, { organizationId: theirs.organization }),
    ];
    for (const call of calls) {
      expect(await refused(call)).toEqual({
        code: 'ORGANIZATION_NOT_FOUND',
        message: `organizationId: no organization with id ${theirs.organization}`,
      });
    }
  });

  it('an item named by another owner’s id is not found', async () => {
    expect(await refused(() => shareItem(bob, { itemId: theirs.item, personId: mine.person }))).toEqual({
      code: 'ITEM_NOT_FOUND',
      message: `itemId: no item with id ${theirs.item}`,
    });
  });

  it('reads the ids in bulk: one query per kind, however many fields and ids name it', async () => {
    const asked: [ReferencedKind, number][] = [];
    const repos: OwnerRepos = bob.repos;
    const counting = {
      access: {
        ownedIds: (kind: ReferencedKind, ids: readonly string[]) => {
          asked.push([kind, ids.length]);
          return repos.access.ownedIds(kind, ids);
        },
      },
    };
    await requireOwned(counting, [
      { field: 'personAId', kind: 'person', ids: mine.person },
      { field: 'personIds', kind: 'person', ids: [mine.person, mine.other] },
      { field: 'eventId', kind: 'event', ids: mine.event },
      { field: 'organizationId', kind: 'organization', ids: null },
    ]);
    expect(asked).toEqual([
      ['person', 2],
      ['event', 1],
    ]);
    const many = Array.from({ length: 1200 }, () => newId());
    const owned = await repos.access.ownedIds('person', [...many, mine.person, theirs.person]);
    expect([...owned]).toEqual([mine.person]);
  });

  it('storage refuses an interaction that names another owner’s event (the composite reference)', async () => {
    const write = bob.repos.interactions.insert([
      {
        id: newId(),
        occurredAt: '2026-05-04T10:00:00.000Z',
        occurredOn: '2026-05-04',
        kind: 'meeting',
        summary: 'Behind the use-case’s back',
        notes: null,
        eventId: theirs.event,
        personIds: [mine.person],
        createdAt: '2026-06-01T12:00:00.000Z',
        updatedAt: '2026-06-01T12:00:00.000Z',
      },
    ]);
    await expect(write).rejects.toThrow(/foreign key/i);
    expect(await listInteractions(bob)).toHaveLength(1);
  });

  it('removing a user takes their events and the interactions logged at them', async () => {
    await logInteraction(bob, {
      personIds: [mine.person],
      summary: 'Met',
      eventId: mine.event,
      occurredAt: '2026-05-02',
    });
    expect(await listInteractions(bob)).toHaveLength(2);
    expect(await database.repos.users.remove(bob.ownerId)).toBe(true);
    expect(await listInteractions(bob)).toEqual([]);
    expect(await listEvents(bob)).toEqual([]);
  });
});

describeEachDatabase('migration 0018: interaction.event_id references the owner’s event', (kind) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('keeps every interaction and participant, and drops only event ids that name no event of the owner', async () => {
    const opened = await openMigratedTo(kind, '0017-introduction-dismissals');
    close = opened.close;
    const db = opened.connection.db;
    const at = '2026-01-01T00:00:00.000Z';
    const [alice, bob] = [newId(), newId()];
    for (const id of [alice, bob]) {
      await sql`insert into users (id, email, created_at) values (${id}, ${`${id}@example.test`}, ${at})`.execute(db);
    }
    const repos = createRepos(opened.connection);
    // Written as a build of migration 0017 wrote a person: today's repository writes rows later migrations add.
    const ada = { id: newId() };
    await sql`insert into person (owner_id, id, display_name, sort_name, search_name, tier, created_at, updated_at)
      values (${alice}, ${ada.id}, 'Ada', 'ada', 'ada', 'regular', ${at}, ${at})`.execute(db);
    const event = newId();
    const foreign = newId();
    await sql`insert into event (owner_id, id, name, kind, starts_on, status, role, created_at, updated_at)
      values (${alice}, ${event}, 'Con', 'conference', '2025-12-01', 'attended', 'attendee', ${at}, ${at}),
             (${bob}, ${foreign}, 'Bob Con', 'conference', '2025-12-01', 'attended', 'attendee', ${at}, ${at})`.execute(
      db,
    );
    const rows = [
      { id: newId(), eventId: event },
      { id: newId(), eventId: foreign },
      { id: newId(), eventId: newId() },
      { id: newId(), eventId: null },
    ];
    for (const row of rows) {
      await sql`insert into interaction (owner_id, id, occurred_at, occurred_on, kind, summary, event_id, created_at, updated_at)
        values (${alice}, ${row.id}, ${at}, '2026-01-01', 'meeting', 'Coffee', ${row.eventId}, ${at}, ${at})`.execute(
        db,
      );
      await sql`insert into interaction_person (owner_id, interaction_id, person_id, occurred_on)
        values (${alice}, ${row.id}, ${ada.id}, '2026-01-01')`.execute(db);
    }

    await migrate(opened.connection);

    const after = await listInteractions({ repos: repos.forOwner(alice), now: () => new Date(at) });
    expect(Object.fromEntries(after.map((interaction) => [interaction.id, interaction.eventId]))).toEqual({
      [rows[0]?.id ?? '']: event,
      [rows[1]?.id ?? '']: null,
      [rows[2]?.id ?? '']: null,
      [rows[3]?.id ?? '']: null,
    });
    expect(after.every((interaction) => interaction.personIds.join() === ada.id)).toBe(true);
    const write = sql`update interaction set event_id = ${foreign} where id = ${rows[3]?.id ?? ''}`.execute(db);
    await expect(write).rejects.toThrow(/foreign key/i);
  });
});
