import { expect, it } from 'vitest';
import { listDuplicates } from '../../src/core/dedupe/list-duplicates.js';
import { exportContacts } from '../../src/core/export/export-contacts.js';
import { importContacts } from '../../src/core/import/import-contacts.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { listPeople } from '../../src/core/people/list-people.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { getSettings } from '../../src/core/settings/get-settings.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { workerThreads } from '../../src/threads/off-thread.js';
import { describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';
import { fixture } from '../support/fixtures.js';

describeEachDatabase('import', (kind) => {
  let deps: Deps;
  let database: TestDatabase;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps, database } = fresh);
  });

  const everyone = async () => (await listPeople(deps, { limit: 1000, archived: 'include' })).items;
  const named = async (name: string) => (await everyone()).filter((person) => person.displayName === name);

  it('imports LinkedIn Connections.csv as 19 people, and again changes nothing', async () => {
    const first = await importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections.csv') });
    expect(first).toMatchObject({ records: 20, created: 19, updated: 0, skipped: 1 });
    expect(first.skippedRows).toEqual([{ line: 16, reason: 'same person as line 5' }]);
    expect(await named('Oliver Smith')).toHaveLength(2);
    const [ada] = await named('Ada Okafor');
    expect(ada).toMatchObject({
      metOn: '2024-03-15',
      links: [{ url: 'https://www.linkedin.com/in/ada-okafor-4b1a2', label: 'linkedin' }],
    });
    const before = await everyone();
    const again = await importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections.csv') });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 20 });
    expect(await everyone()).toEqual(before);
  });

  it('takes a row with no email, phone or link back as the stored person of its name, when it holds nothing else', async () => {
    await createPerson(deps, { displayName: 'Marta Nowak', company: 'Fabrikam', title: 'CFO' });
    await createPerson(deps, { displayName: 'Jan Kowal' });
    await createPerson(deps, { displayName: 'Jan Kowal', company: 'Contoso' });
    const { body } = await exportContacts(deps, { format: 'google-csv' });
    const before = await everyone();
    // Both Jan Kowals come back as themselves: each stored person stands for one row.
    const again = await importContacts(deps, { format: 'google', text: body });
    expect(again).toMatchObject({ records: 3, created: 0, updated: 0 });
    expect(again.skippedRows[0]?.reason).toBe(
      'Marta Nowak is already up to date, by name: the row has no email, phone or link',
    );
    expect(await everyone()).toEqual(before);
    // A row that holds a field otherwise (another title) may be someone else: created, and named a likely duplicate.
    expect(body).toContain(',CFO,');
    const changed = await importContacts(deps, { format: 'google', text: body.replace(',CFO,', ',CEO,') });
    expect(changed).toMatchObject({ created: 1, updated: 0 });
    expect(changed.people.created[0]).toMatchObject({
      displayName: 'Marta Nowak',
      title: 'CEO',
      likelyDuplicate: { displayName: 'Marta Nowak' },
    });
    expect(await named('Jan Kowal')).toHaveLength(2);
  });

  it('imports the legacy LinkedIn, both Google and both vCard fixtures with their counts', async () => {
    expect(
      await importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections-legacy.csv') }),
    ).toMatchObject({ created: 3, updated: 0, skipped: 0 });
    expect(await importContacts(deps, { format: 'google', text: fixture('google/contacts.csv') })).toMatchObject({
      created: 6,
      skipped: 0,
    });
    // The legacy LinkedIn row for Mei Chen has no email, so nothing ties her to this one: dedupe's job.
    expect(await importContacts(deps, { format: 'google', text: fixture('google/contacts-legacy.csv') })).toMatchObject(
      { records: 2, created: 2, updated: 0 },
    );
    expect(await importContacts(deps, { format: 'vcard', text: fixture('vcard/iphone-export.vcf') })).toMatchObject({
      records: 3,
      created: 1,
      updated: 2,
    });
    expect(await importContacts(deps, { format: 'vcard', text: fixture('vcard/contacts-v4.vcf') })).toMatchObject({
      records: 3,
      created: 1,
      updated: 2,
    });
    const [kenji] = await named('Kenji Watanabe');
    expect(kenji?.phones).toEqual([{ value: '(415) 555-0142', label: 'work' }]);
    expect(kenji?.links.map((link) => link.url)).toEqual(['https://kenji.example/blog']);
  });

  it('fills empty fields and adds new values, but never overwrites what the user edited', async () => {
    const ada = await createPerson(deps, {
      displayName: 'Ada (Lagos)',
      title: 'Chief Planner',
      emails: [{ value: 'ada.okafor@northwind.example', label: null }],
      phones: [{ value: '+44 7700 900456', label: 'mine' }],
      notes: 'My own note.',
    });
    await updatePerson(deps, ada.id, { company: 'My edit' });
    const summary = await importContacts(deps, { format: 'vcard', text: fixture('vcard/iphone-export.vcf') });
    expect(summary).toMatchObject({ created: 2, updated: 1 });
    const [updated] = await named('Ada (Lagos)');
    expect(updated).toMatchObject({
      title: 'Chief Planner',
      company: 'My edit',
      notes: 'My own note.',
      birthday: '--05-20',
      tags: ['Conference', 'Supply chain'],
      phones: [{ value: '+44 7700 900456', label: 'mine' }],
    });
    expect(updated?.emails.map((email) => email.value)).toEqual(['ada.okafor@northwind.example', 'ada@okafor.example']);
  });

  it('matches an existing person by phone in E.164, however it is written', async () => {
    await createPerson(deps, { displayName: 'Kenji W', phones: [{ value: '+1 415-555-0142', label: null }] });
    const summary = await importContacts(deps, { format: 'google', text: fixture('google/contacts.csv') });
    expect(summary).toMatchObject({ created: 5, updated: 1 });
    expect((await named('Kenji W'))[0]?.nickname).toBe('Ken');
  });

  it('imports nothing from a malformed file and names the line', async () => {
    await expect(
      importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections-broken.csv') }),
    ).rejects.toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringContaining('line 6') });
    await expect(
      importContacts(deps, { format: 'vcard', text: fixture('vcard/broken-nested.vcf') }),
    ).rejects.toMatchObject({ code: 'IMPORT_FAILED', details: { line: 5 } });
    expect(await everyone()).toEqual([]);
  });

  it.runIf(kind === 'sqlite')(
    'builds the person indexes after the rows of an import into an empty database, as they were defined, and keeps them when it fails',
    async () => {
      const indexes = () =>
        database.connection.sqlite
          ?.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'person' ORDER BY name")
          .all();
      const defined = indexes();
      expect(defined?.length).toBeGreaterThan(5);
      await expect(
        importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections-broken.csv') }),
      ).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
      expect(indexes()).toEqual(defined);
      await importContacts(deps, { format: 'linkedin', text: fixture('linkedin/Connections.csv') });
      expect(indexes()).toEqual(defined);
      expect(database.connection.sqlite?.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect((await listPeople(deps, { limit: 3 })).items.map((person) => person.displayName)).toEqual(
        (await everyone()).map((person) => person.displayName).slice(0, 3),
      );
    },
  );

  it('reports a dry run without writing, skips rows whose values are invalid, and leaves out an invalid email', async () => {
    const dry = await importContacts(deps, {
      format: 'linkedin',
      text: fixture('linkedin/Connections.csv'),
      dryRun: true,
    });
    expect(dry).toMatchObject({ dryRun: true, created: 19 });
    expect(await everyone()).toEqual([]);
    const bad = `First Name,Last Name,Email Address\nAda,Okafor,not-an-email\n,,\nBo,Li,bo@example.com\n${'Y'.repeat(120)},Z,\n`;
    const summary = await importContacts(deps, { format: 'linkedin', text: bad });
    expect(summary).toMatchObject({ created: 2, skipped: 2 });
    expect(summary.skippedRows).toEqual([
      { line: 3, reason: 'no name, organization or email' },
      { line: 5, reason: 'givenName: must be at most 100 characters' },
    ]);
    expect(summary.warnings).toEqual([
      { line: 2, message: 'email "not-an-email" left out: is not a valid email address' },
    ]);
  });

  const googleRow = (name: string, phone: string, email = '') =>
    `First Name,Last Name,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n${name},Okoye,${email},Mobile,${phone}\n`;
  const london = '020 7946 0958';
  const londonE164 = '+442079460958';

  it('reads a number without + in the phone region: GB makes a London number +44, and matches it written either way', async () => {
    expect(await updateSettings(deps, { phoneRegion: 'gb' })).toMatchObject({ phoneRegion: 'GB' });
    expect(await importContacts(deps, { format: 'google', text: googleRow('Amara', london) })).toMatchObject({
      created: 1,
    });
    const [amara] = await named('Amara Okoye');
    expect(amara?.phones).toEqual([{ value: london, label: 'mobile' }]);
    expect(await deps.repos.people.findByValue('phone', londonE164)).toEqual([amara?.id]);
    const again = await importContacts(deps, {
      format: 'google',
      text: googleRow('Amara', '+44 20 7946 0958', 'amara@example.com'),
    });
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect((await named('Amara Okoye'))[0]?.emails).toEqual([{ value: 'amara@example.com', label: null }]);
    const pairs = await listDuplicates(deps);
    expect(pairs).toEqual([]);
  });

  it('with the default US region keeps a London number as typed digits, and re-keys stored numbers when the region changes', async () => {
    expect(await getSettings(deps)).toMatchObject({ phoneRegion: 'US' });
    await importContacts(deps, { format: 'google', text: googleRow('Amara', london) });
    expect(await deps.repos.people.findByValue('phone', londonE164)).toEqual([]);
    expect(await deps.repos.people.findByValue('phone', '02079460958')).toHaveLength(1);
    // Written with +44 it is another number under US: a second Amara, a duplicate by name only.
    expect(
      await importContacts(deps, { format: 'google', text: googleRow('Amara', '+44 20 7946 0958', 'a@example.com') }),
    ).toMatchObject({ created: 1, updated: 0 });
    const [pair] = await listDuplicates(deps);
    expect(pair?.evidence.join('; ')).not.toContain('same phone');

    await updateSettings(deps, { phoneRegion: 'GB' });
    expect(await deps.repos.people.findByValue('phone', londonE164)).toHaveLength(2);
    expect(await deps.repos.people.findByValue('phone', '02079460958')).toEqual([]);
    const [regional] = await listDuplicates(deps);
    expect(regional?.evidence).toContain(`same phone (${londonE164})`);
  });

  it('refuses a phone region that is not a country with a numbering plan, and changes nothing', async () => {
    for (const phoneRegion of ['UK', 'XX', 'USA', '1', '']) {
      await expect(updateSettings(deps, { phoneRegion })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^phoneRegion: must be a two-letter country code/),
      });
    }
    expect(await getSettings(deps)).toMatchObject({ phoneRegion: 'US' });
  });

  it('ties rows of one person across batches of a long file, in a dry run and for real', async () => {
    // Rows are read and written 500 at a time: row 1100 is the person of row 2, with an email added.
    const rows = Array.from({ length: 1200 }, (_, index) => {
      const profile = index === 1100 ? 2 : index;
      const email = index === 1100 ? 'late@example.com' : '';
      return `Person,Number${profile},https://www.linkedin.com/in/p-${profile},${email},Co,Role,01 Jan 2020`;
    });
    const text = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
    const expected = {
      records: 1200,
      created: 1199,
      updated: 0,
      skipped: 1,
      skippedRows: [{ line: 1102, reason: 'same person as line 4' }],
    };
    expect(await importContacts(deps, { format: 'linkedin', text, dryRun: true })).toMatchObject({
      ...expected,
      dryRun: true,
    });
    expect(await deps.repos.people.count()).toBe(0);
    expect(await importContacts(deps, { format: 'linkedin', text })).toMatchObject(expected);
    expect(await deps.repos.people.count()).toBe(1199);
    const [two] = await named('Person Number2');
    expect(two?.emails).toEqual([{ value: 'late@example.com', label: null }]);
  });

  it('imports the same when the file is parsed and validated in a worker thread', async () => {
    // A stored person the file updates, a row of them in a later batch, a row with an invalid email (kept without it).
    await createPerson(deps, {
      displayName: 'Person Number7',
      links: [{ url: 'https://www.linkedin.com/in/p-7', label: 'linkedin' }],
    });
    const rows = Array.from({ length: 1200 }, (_, index) => {
      const profile = index === 1100 ? 2 : index;
      const email = index === 1100 ? 'late@example.com' : index === 900 ? 'not-an-email' : '';
      return `Person,Number${profile},https://www.linkedin.com/in/p-${profile},${email},Co,Role,01 Jan 2020`;
    });
    const text = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
    const here = await importContacts(
      { ...deps, offThread: workerThreads({ worker: 'never' }) },
      { format: 'linkedin', text, dryRun: true },
    );
    expect(here).toMatchObject({ records: 1200, created: 1198, updated: 1, skipped: 1 });
    expect(here.warnings).toEqual([
      { line: 902, message: 'email "not-an-email" left out: is not a valid email address' },
    ]);
    expect(
      await importContacts(
        { ...deps, offThread: workerThreads({ worker: 'always' }) },
        { format: 'linkedin', text, dryRun: true },
      ),
    ).toEqual(here);
    const real = await importContacts(
      { ...deps, offThread: workerThreads({ worker: 'always' }) },
      { format: 'linkedin', text },
    );
    // Only the real import's new people have ids.
    expect(real.people.created.every((entry) => entry.id !== null)).toBe(true);
    const withoutIds = real.people.created.map((entry) => ({ ...entry, id: null }));
    expect({ ...real, people: { ...real.people, created: withoutIds } }).toEqual({ ...here, dryRun: false });
    expect(await deps.repos.people.count()).toBe(1199);
    expect((await named('Person Number2'))[0]?.emails).toEqual([{ value: 'late@example.com', label: null }]);
    expect((await named('Person Number7'))[0]?.title).toBe('Role');
  });

  it('lists who would be created and updated, with the fields that change and a likely duplicate, and writes nothing in a dry run', async () => {
    const stored = await createPerson(deps, {
      displayName: 'Grace Hopper',
      emails: [{ value: 'grace@navy.example', label: null }],
    });
    const robert = await createPerson(deps, { displayName: 'Robert Mensah', company: 'Acme' });
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const text = [
      header,
      'Grace,Hopper,https://www.linkedin.com/in/grace-h,grace@navy.example,US Navy,Rear Admiral,01 Jan 2020',
      'Bob,Mensah,https://www.linkedin.com/in/bob-m,,Acme,Engineer,01 Jan 2020',
      'Zora,Quill,https://www.linkedin.com/in/zora-q,,Paper Co,Writer,01 Jan 2020',
      '',
    ].join('\n');
    const preview = await importContacts(deps, { format: 'linkedin', text, dryRun: true });
    expect(preview).toMatchObject({ created: 2, updated: 1 });
    expect(preview.people.updated).toEqual([
      {
        line: 2,
        id: stored.id,
        displayName: 'Grace Hopper',
        changes: [
          { field: 'title', values: ['Rear Admiral'] },
          { field: 'organization', values: ['US Navy'] },
          { field: 'met on', values: ['2020-01-01'] },
          { field: 'links', values: ['https://www.linkedin.com/in/grace-h'] },
        ],
      },
    ]);
    expect(preview.people.created.map((entry) => [entry.line, entry.id, entry.displayName, entry.company])).toEqual([
      [3, null, 'Bob Mensah', 'Acme'],
      [4, null, 'Zora Quill', 'Paper Co'],
    ]);
    // Bob is a nickname of Robert, at the same company: likely the same person, offered for a merge.
    expect(preview.people.created[0]?.likelyDuplicate).toMatchObject({ id: robert.id, displayName: 'Robert Mensah' });
    expect(preview.people.created[0]?.likelyDuplicate?.evidence.join('; ')).toMatch(/nickname/);
    expect(preview.people.created[1]?.likelyDuplicate).toBeNull();
    expect(await deps.repos.people.count()).toBe(2);

    const real = await importContacts(deps, { format: 'linkedin', text });
    const bob = (await named('Bob Mensah'))[0];
    expect(real.people.created[0]).toMatchObject({ id: bob?.id, likelyDuplicate: { id: robert.id } });
    expect(real.people.updated).toEqual(preview.people.updated);
  });

  it('counts a stored person as updated, not up to date, when a later row of the file adds to them', async () => {
    await createPerson(deps, {
      displayName: 'Ada Okafor',
      links: [{ url: 'https://www.linkedin.com/in/ada', label: 'linkedin' }],
      title: 'Director',
    });
    const filler = Array.from({ length: 600 }, (_, index) => `F,Filler${index},,,,,`);
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ada,Okafor,https://www.linkedin.com/in/ada,,,Director,',
      ...filler,
      'Ada,Okafor,https://www.linkedin.com/in/ada,ada@example.com,,,',
      '',
    ].join('\n');
    const summary = await importContacts(deps, { format: 'linkedin', text });
    expect(summary).toMatchObject({ created: 600, updated: 1, skipped: 1 });
    expect(summary.skippedRows).toEqual([{ line: 603, reason: 'same person as line 2' }]);
    expect((await named('Ada Okafor'))[0]?.emails).toEqual([{ value: 'ada@example.com', label: null }]);
  });
});
