import { expect, it } from 'vitest';
import { isKithError } from '../../src/core/errors.js';
import { exportContacts } from '../../src/core/export/export-contacts.js';
import { importContacts } from '../../src/core/import/import-contacts.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { listOccasions } from '../../src/core/occasions/list-occasions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { listPeople } from '../../src/core/people/list-people.js';
import { setArchived } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, openTestDatabase } from '../support/databases.js';
import { exporterFixture } from '../support/exporter-fixtures.js';

describeEachDatabase('import of files from real exporters', (kind) => {
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps } = fresh);
  });

  const everyone = async () => (await listPeople(deps, { limit: 1000, archived: 'include' })).items;
  const vcard = (name: string, options: { skipUnreadable?: boolean } = {}) =>
    importContacts(deps, { format: 'vcard', text: exporterFixture(name), ...options });

  it('imports Outlook 2.1, Android 2.1, iPhone CR CR LF, Mac 4.0 and Gmail files with their fields', async () => {
    expect(await vcard('outlook-2003.vcf')).toMatchObject({ records: 2, created: 2, skipped: 0 });
    expect(await vcard('android-2.1.vcf')).toMatchObject({ records: 1, created: 1 });
    expect(await vcard('iphone-crcrlf.vcf')).toMatchObject({ records: 2, created: 2 });
    expect(await vcard('mac-v4-data-uri.vcf')).toMatchObject({ records: 1, created: 1 });
    expect(await vcard('gmail.vcf')).toMatchObject({ records: 1, created: 1 });
    const people = new Map((await everyone()).map((person) => [person.displayName, person]));
    expect(people.get('Renée Lefèvre, Jr.')).toMatchObject({
      company: 'Contoso Pharmaceuticals',
      phones: [
        { value: '+1 (425) 555-0100', label: 'work' },
        { value: '+1 (425) 555-0199', label: 'cell' },
        { value: '+1 (425) 555-0101', label: 'work fax' },
      ],
      notes: 'Met at the DIA annual meeting in Montréal.\nLikes long walks; talks about “biosimilars”.',
    });
    expect(people.get('Мария Иванова')).toMatchObject({ company: 'Яндекс', birthday: '1985-07-21' });
    expect(people.get('Dr. Grace Mensah')).toMatchObject({
      birthday: '--06-02',
      company: 'Accra Logistics, Ltd.',
      links: [
        { url: 'http://www.accra-logistics.example/team', label: 'homepage' },
        { url: 'https://www.linkedin.com/in/grace-mensah', label: 'linkedin' },
      ],
    });
    expect(people.get('Priya Raman')).toMatchObject({ tags: ['Platform'], location: 'Bengaluru, Karnataka, India' });
    expect(people.size).toBe(7);
  });

  it('refuses a file with unreadable cards, naming each with its line, and imports nothing', async () => {
    const error = await vcard('damaged.vcf').catch((caught: unknown) => caught);
    expect(isKithError(error) && error.code).toBe('IMPORT_FAILED');
    const message = (error as Error).message;
    expect(message).toMatch(/^4 records cannot be read, so nothing was imported/);
    for (const line of [9, 15, 19, 24]) expect(message).toContain(`vCard line ${line}: `);
    expect(message.length).toBeLessThan(1000);
    const details = (error as { details: { unreadable: { line: number }[] } }).details;
    expect(details.unreadable.map((entry) => entry.line)).toEqual([9, 15, 19, 24]);
    expect(await everyone()).toEqual([]);
    // A dry run says the same.
    await expect(
      importContacts(deps, { format: 'vcard', text: exporterFixture('damaged.vcf'), dryRun: true }),
    ).rejects.toThrow(/4 records cannot be read/);
  });

  it('imports the readable cards when asked to skip the unreadable ones, and lists them', async () => {
    const summary = await vcard('damaged.vcf', { skipUnreadable: true });
    // Every record of the file: 4 created and 4 unreadable, skipped.
    expect(summary).toMatchObject({ records: 8, created: 4, skipped: 4 });
    expect(summary.unreadable.map((entry) => entry.line)).toEqual([9, 15, 19, 24]);
    expect(summary.skippedRows.map((row) => row.line)).toEqual([9, 15, 19, 24]);
    expect((await everyone()).map((person) => person.displayName).sort()).toEqual([
      'Good One',
      'Good Six',
      'Joined Four',
      'Joined Three',
    ]);
  });
  it('LinkedIn 2018: an invalid email is left out with a warning and the person kept; the old date form gives the day you met', async () => {
    const summary = await importContacts(deps, { format: 'linkedin', text: exporterFixture('linkedin-2018.csv') });
    expect(summary).toMatchObject({ records: 3, created: 3, skipped: 0 });
    expect(summary.warnings).toEqual([
      { line: 3, message: 'email "tomasz at example dot com" left out: is not a valid email address' },
    ]);
    const tomasz = (await everyone()).find((person) => person.familyName === 'Nowak');
    expect(tomasz).toMatchObject({ emails: [], company: 'Fabrikam', metOn: '2018-12-31' });
  });
  it("imports Outlook's CSV fully under google or csv, and kith's own CSV export back onto the same people", async () => {
    const summary = await importContacts(deps, { format: 'google', text: exporterFixture('outlook-2016.csv') });
    expect(summary).toMatchObject({ records: 2, created: 2, skipped: 0 });
    const kwame = (await everyone()).find((person) => person.familyName === 'Asante');
    expect(kwame).toMatchObject({
      displayName: 'Kwame Asante, Jr.',
      title: 'Head of Procurement',
      birthday: '1982-03-14',
      phones: [
        { value: '+1 206 555 0188', label: 'cell' },
        { value: '+1 206 555 0142', label: 'work' },
        { value: '+1 206 555 0143', label: 'work fax' },
      ],
    });
    const before = await everyone();
    const exported = await exportContacts(deps, { format: 'csv' });
    const again = await importContacts(deps, { format: 'csv', text: exported.body });
    expect(again).toMatchObject({ records: 2, created: 0, updated: 0, skipped: 2 });
    expect(await everyone()).toEqual(before);
  });
  it('keeps structured addresses from vCards, in the person, their vCard and the JSON backup', async () => {
    await vcard('iphone-crcrlf.vcf');
    const grace = (await everyone()).find((person) => person.familyName === 'Mensah');
    const address = {
      label: 'work',
      street: '12 Independence Ave\nSuite 4',
      city: 'Accra',
      region: 'Greater Accra',
      postcode: 'GA-123',
      country: 'Ghana',
    };
    expect(grace).toMatchObject({ location: 'Accra, Greater Accra, Ghana', addresses: [address] });
    const card = await exportContacts(deps, { format: 'vcard', vcardVersion: '4.0' });
    expect(card.body.replace(/\r\n /g, '')).toContain(
      'ADR;TYPE=work:;;12 Independence Ave\\nSuite 4;Accra;Greater Accra;GA-123;Ghana',
    );
    const backup = await exportContacts(deps, { format: 'json' });
    expect(JSON.parse(backup.body).sections.people[0].addresses).toEqual([address]);
  });
  it("keeps who is archived and every postal address through kith's CSV and vCard exports into an empty kith", async () => {
    const home = {
      label: 'home',
      street: 'Gran Vía 2\n3º izq; portal B, "azul"',
      city: 'Madrid',
      region: null,
      postcode: '28013',
      country: 'Spain',
    };
    const work = {
      label: null,
      street: null,
      city: 'Accra',
      region: 'Greater Accra',
      postcode: null,
      country: 'Ghana',
    };
    const gone = await createPerson(deps, { displayName: 'Lucía García', addresses: [home, work], tier: 'close' });
    await setArchived(deps, gone.id, true);
    await createPerson(deps, { displayName: 'Ada Okafor', addresses: [work] });
    const shape = (people: Awaited<ReturnType<typeof everyone>>) =>
      people
        .map(({ displayName, archived, addresses, location }) => ({ displayName, archived, addresses, location }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const exported = shape(await everyone());
    expect(exported.map((person) => person.archived)).toEqual([false, true]);

    for (const format of ['csv', 'vcard'] as const) {
      const file = await exportContacts(deps, { format });
      const empty = await openTestDatabase(kind);
      try {
        const into = await createOwner(empty.repos);
        expect(await importContacts(into, { format, text: file.body }), format).toMatchObject({ created: 2 });
        const imported = (await listPeople(into, { limit: 1000, archived: 'include' })).items;
        expect(shape(imported), format).toEqual(exported);
        // Archived people stay out of the list, as they were.
        expect((await listPeople(into, { limit: 1000 })).items.map((person) => person.displayName)).toEqual([
          'Ada Okafor',
        ]);
      } finally {
        await empty.close();
      }
    }
  });

  it("reads anniversaries and Apple's other dates into occasions, once however often the file or kith's own export comes back", async () => {
    const dates = async (into: Deps = deps) => {
      const people = (await listPeople(into, { limit: 1000, archived: 'include' })).items;
      const all = await Promise.all(
        people.map(async (person) =>
          (await listOccasions(into, person.id)).map(
            (occasion) => `${person.displayName}: ${occasion.label} ${occasion.date}`,
          ),
        ),
      );
      return all.flat().sort();
    };
    // The iPhone's own export: Ada's anniversary is an X-ABDATE labelled _$!<Anniversary>!$_.
    await vcard('iphone-crcrlf.vcf');
    expect(await dates()).toEqual(['Ada Okafor: anniversary 2015-04-01']);
    const card = (lines: string[], version = '3.0') =>
      `BEGIN:VCARD\r\nVERSION:${version}\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;
    const file = [
      card(['FN:Grace Mensah', 'EMAIL:grace@example.com', 'ANNIVERSARY:--0612'], '4.0'),
      card([
        'FN:Kenji Sato',
        'EMAIL:kenji@example.com',
        'X-ANNIVERSARY:2010-06-12',
        'item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-02',
        'item1.X-ABLabel:Name day',
      ]),
      card(['FN:Bo Li', 'EMAIL:bo@example.com', 'X-ANNIVERSARY:2010-13-45']),
    ].join('');
    const first = await importContacts(deps, { format: 'vcard', text: file });
    expect(first).toMatchObject({ created: 3 });
    // A date that is not one is left out, named with its card's line; the person is imported.
    expect(first.warnings).toEqual([
      { line: 15, message: 'anniversary "2010-13-45" left out: date is not a real calendar date' },
    ]);
    const expected = [
      'Ada Okafor: anniversary 2015-04-01',
      'Grace Mensah: anniversary --06-12',
      'Kenji Sato: Name day --03-02',
      'Kenji Sato: anniversary 2010-06-12',
    ];
    expect(await dates()).toEqual(expected);
    expect(await importContacts(deps, { format: 'vcard', text: file })).toMatchObject({ created: 0, updated: 0 });
    expect(await dates()).toEqual(expected);

    // A date added to a stored person counts them as updated, and says so.
    const grace = (await everyone()).find((person) => person.displayName === 'Grace Mensah');
    const more = card(['FN:Grace Mensah', 'EMAIL:grace@example.com', 'X-ANNIVERSARY:2001-09-01']);
    const added = await importContacts(deps, { format: 'vcard', text: more });
    expect(added).toMatchObject({ created: 0, updated: 1 });
    expect(added.people.updated).toEqual([
      {
        line: 1,
        id: grace?.id,
        displayName: 'Grace Mensah',
        changes: [{ field: 'important dates', values: ['anniversary 2001-09-01'] }],
      },
    ]);
    await createOccasion(deps, { personId: grace?.id ?? '', label: 'work anniversary', date: '2019-10-01' });
    const all = await dates();

    // kith's own vCards, 3.0 and 4.0, bring every date back once, into this kith and into an empty one.
    for (const vcardVersion of ['3.0', '4.0'] as const) {
      const exported = await exportContacts(deps, { format: 'vcard', vcardVersion });
      expect(await importContacts(deps, { format: 'vcard', text: exported.body }), vcardVersion).toMatchObject({
        created: 0,
        updated: 0,
      });
      expect(await dates(), vcardVersion).toEqual(all);
      const empty = await openTestDatabase(kind);
      try {
        const into = await createOwner(empty.repos);
        await importContacts(into, { format: 'vcard', text: exported.body });
        expect(await dates(into), vcardVersion).toEqual(all);
      } finally {
        await empty.close();
      }
    }
  });

  it('gives one person the dates of every card of theirs in a file, each once, in a dry run and for real', async () => {
    const card = (lines: string[]) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;
    const file = [
      card(['FN:Kenji Sato', 'EMAIL:kenji@example.com', 'X-ANNIVERSARY:2010-06-12']),
      card(['FN:Kenji Sato', 'EMAIL:kenji@example.com', 'X-ANNIVERSARY:2010-06-12', 'item1.X-ABDATE:2020-01-01']),
    ].join('');
    for (const dryRun of [true, false]) {
      expect(await importContacts(deps, { format: 'vcard', text: file, dryRun })).toMatchObject({
        created: 1,
        skippedRows: [{ line: 7, reason: 'same person as line 1' }],
      });
    }
    const [kenji] = await everyone();
    const dates = (await listOccasions(deps, kenji?.id ?? '')).map((row) => `${row.label} ${row.date}`);
    expect(dates).toEqual(['other 2020-01-01', 'anniversary 2010-06-12']);
  });
});
