import { expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '../../src/core/backup/export-backup.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import { updateDigestSettings } from '../../src/core/digest/update-digest-settings.js';
import { createEvent } from '../../src/core/events/create-event.js';
import { exportContacts } from '../../src/core/export/export-contacts.js';
import { importContacts } from '../../src/core/import/import-contacts.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { createItem } from '../../src/core/items/create-item.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { listPeople } from '../../src/core/people/list-people.js';
import type { Person } from '../../src/core/people/schema.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import type { Deps } from '../../src/core/repos.js';
import {
  createOwner,
  describeEachDatabase,
  freshDatabaseEachTest,
  openTestDatabase,
  type TestDatabase,
} from '../support/databases.js';
import { fixture } from '../support/fixtures.js';

/** What kith stores about a person, without what a new record necessarily changes (id, times). */
function stored(person: Person) {
  const { id: _id, createdAt: _created, updatedAt: _updated, introducedById: _introducer, ...fields } = person;
  return fields;
}

describeEachDatabase('export, backup and restore', (kind) => {
  let database: TestDatabase;
  let deps: Deps;

  freshDatabaseEachTest(kind, async (fresh) => {
    ({ database, deps } = fresh);
    for (const [format, path] of [
      ['linkedin', 'linkedin/Connections.csv'],
      ['google', 'google/contacts.csv'],
      ['vcard', 'vcard/iphone-export.vcf'],
      ['vcard', 'vcard/contacts-v4.vcf'],
    ] as const) {
      await importContacts(deps, { format, text: fixture(path) });
    }
    await createPerson(deps, {
      displayName: 'Kith Fields',
      tier: 'inner',
      cadenceDays: 21,
      industry: 'Logistics',
      howMet: 'Spring convention',
      metOn: '2026-03-01',
      topics: ['demand planning'],
      offers: ['intros'],
      needs: ['a mentor'],
      notes: 'Line one\nline two, with; punctuation',
    });
  });

  const everyone = async (owner: Deps) => (await listPeople(owner, { limit: 1000, archived: 'include' })).items;

  it('exports JSON that restores into an empty owner and exports again byte for byte', async () => {
    await deps.repos.settings.save({ ...(await deps.repos.settings.get()), dailyListSize: 5 });
    await updateDigestSettings(deps, { email: true, hour: 6, webhookUrl: 'https://hooks.example.test/kith' }, true);
    const first = serializeBackup(await exportBackup(deps));
    const document = JSON.parse(first);
    expect(document).toMatchObject({ format: 'kith-backup', version: 1 });
    expect(document.sections.digestSettings).toMatchObject([{ email: true, hour: 6, weekdays: '12345' }]);
    expect(document.sections.people.map((person: Person) => person.id)).toEqual(
      [...document.sections.people.map((person: Person) => person.id)].sort(),
    );

    const target = await openTestDatabase(kind);
    try {
      const owner = await createOwner(target.repos);
      const summary = await restoreBackup(owner, document);
      expect(summary.sections.people).toBe(document.sections.people.length);
      expect(serializeBackup(await exportBackup(owner))).toBe(first);
      await expect(restoreBackup(owner, document)).rejects.toMatchObject({ code: 'NOT_EMPTY' });
    } finally {
      await target.close();
    }
  });

  it('refuses a malformed backup naming the field, and writes nothing', async () => {
    const owner = await createOwner(database.repos);
    const document = serializeBackup(await exportBackup(deps));
    const broken = JSON.parse(document);
    broken.sections.people[2].displayName = 42;
    await expect(restoreBackup(owner, broken)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('sections.people.2.displayName'),
    });
    await expect(restoreBackup(owner, { ...broken, version: 2 })).rejects.toMatchObject({
      message: expect.stringContaining('version'),
    });
    expect(await everyone(owner)).toEqual([]);
  });

  it.each([
    ['people', 'birthday', '1990-02-31', 'is not a real calendar date'],
    ['people', 'metOn', '2026-3-1', 'must be a date like 2024-03-15'],
    ['interactions', 'kind', 'bogus', 'must be one of meeting, call'],
    ['interactions', 'occurredOn', '2026-02-30', 'is not a real calendar date'],
    ['events', 'startsOn', '2026-13-01', 'is not a real calendar date'],
    ['events', 'status', 'maybe', 'must be one of planned, attended, skipped'],
    ['reminders', 'dueOn', 'tomorrow', 'must be a date like 2024-03-15'],
    ['occasions', 'date', '--02-30', 'is not a real calendar date'],
    ['items', 'kind', 'book', 'must be one of article, job, resource'],
    ['organizations', 'createdAt', 'yesterday', 'must be an ISO date-time'],
  ] as const)(
    'refuses a backup edited to hold %s.%s "%s", naming the record, and writes nothing',
    async (section, field, value, words) => {
      const ada = (await everyone(deps))[0] as Person;
      await logInteraction(deps, { summary: 'Coffee', personIds: [ada.id], occurredAt: '2026-03-02' });
      await createEvent(deps, { name: 'Spring convention', kind: 'convention', startsOn: '2026-03-01' });
      await createReminder(deps, { personId: ada.id, text: 'Call back', dueOn: '2026-03-05' });
      await createOccasion(deps, { personId: ada.id, label: 'Work anniversary', date: '--06-01' });
      const noFetch = async (url: string): Promise<never> => {
        throw new Error(`no fetching in this test: ${url}`);
      };
      await createItem(
        { ...deps, fetchPage: noFetch },
        { kind: 'article', title: 'Demand planning', text: 'On demand planning' },
      );
      await createOrganization(deps, { name: 'Logistics Guild', kind: 'trade_association' });
      const document = JSON.parse(serializeBackup(await exportBackup(deps)));
      const records = document.sections[section] as Record<string, unknown>[];
      const index = records.length - 1;
      const record = records[index] as Record<string, unknown>;
      record[field] = value;

      const owner = await createOwner(database.repos);
      const refused = restoreBackup(owner, document);
      await expect(refused).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      const message = await refused.catch((error: Error) => error.message);
      expect(message).toContain(`sections.${section}.${index}.${field}: ${words}`);
      expect(message).toContain(`id ${record.id}`);
      expect(await everyone(owner)).toEqual([]);
      expect(await owner.repos.backup.count('interactions')).toBe(0);
    },
  );

  it.each(['3.0', '4.0'] as const)(
    'round-trips vCard %s: into an empty owner nothing kith stores is lost; back into the same owner nothing is duplicated',
    async (vcardVersion) => {
      const before = await everyone(deps);
      const file = await exportContacts(deps, { format: 'vcard', vcardVersion });
      expect(file.contentType).toContain('text/vcard');

      const again = await importContacts(deps, { format: 'vcard', text: file.body });
      expect(again).toMatchObject({ created: 0, updated: 0, skipped: before.length });
      expect(await everyone(deps)).toEqual(before);

      const owner = await createOwner(database.repos);
      const fresh = await importContacts(owner, { format: 'vcard', text: file.body });
      expect(fresh).toMatchObject({ created: before.length, skipped: 0 });
      const restored = await everyone(owner);
      expect(restored.map(stored)).toEqual(before.map(stored));
    },
  );

  it('exports CSV with one row per person', async () => {
    const file = await exportContacts(deps, { format: 'csv' });
    const lines = file.body.trim().split('\n');
    expect(lines[0]).toMatch(/^id,display_name,/);
    expect(file.body).toContain('"Line one\nline two, with; punctuation"');
    expect(file.filename).toMatch(/^kith-people-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
