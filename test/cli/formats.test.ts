import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePairView } from '../../src/core/dedupe/schema.js';
import type { ImportSummary } from '../../src/core/import/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { fixturesDir } from '../support/fixtures.js';

const sample = (path: string) => join(fixturesDir, path);

describe('kith import, export, dedupe, merge, backup and restore', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);

  beforeAll(async () => {
    dir = tempDataDir();
  });

  it('imports a LinkedIn export with a JSON summary, and again changes nothing', async () => {
    const dry = await kith('import', 'linkedin', sample('linkedin/Connections.csv'), '--dry-run');
    expect(dry.stdout).toMatch(/^Would import 20 records: 19 created, 0 updated, 1 skipped\nWould create:\n/);
    expect(dry.stdout).toMatch(/\n {2}line 5: Ada Okafor/);
    const first = await kith('import', 'linkedin', sample('linkedin/Connections.csv'), '--json');
    expect(first.stderr).toBe('');
    expect(first.json<ImportSummary>()).toMatchObject({ created: 19, updated: 0, skipped: 1 });
    const text = await kith('import', 'linkedin', sample('linkedin/Connections.csv'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Imported 20 records: 0 created, 0 updated, 20 skipped\n/);
    expect(text.stdout).toMatch(/\nSkipped:\n(?: {2}line .*\n)* {2}line 5: Ada Okafor is already up to date\n/);
    // LinkedIn's "Connected On" is the day you met, in words.
    expect((await kith('people', 'show', 'Ada Okafor')).stdout).toMatch(/^Met on: +March 15, 2024$/m);
  });

  it("imports a vCard's anniversary and other dates as important dates, naming one that is not a date under its own heading", async () => {
    const own = tempDataDir();
    const file = join(own, 'ada.vcf');
    writeFileSync(
      file,
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ada Okafor',
        'NICKNAME:Dee',
        'NICKNAME:D',
        'item1.X-ABDATE;type=pref:2012-07-01',
        'item1.X-ABLabel:_$!<Anniversary>!$_',
        'item2.X-ABDATE:2015-02-30',
        'item2.X-ABLabel:Name day',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const imported = await runKith(own, ['import', 'vcard', file]);
    expect(imported.stdout).toBe(
      'Imported 1 record: 1 created, 0 updated, 0 skipped\nCreated:\n  line 1: Ada Okafor\n' +
        'Left out (the rest imported):\n  line 1: Name day "2015-02-30" left out: date is not a real calendar date\n',
    );
    expect((await runKith(own, ['people', 'show', 'ada'])).stdout).toMatch(/^Nickname: +Dee$/m);
    expect((await runKith(own, ['occasions', 'list', 'ada'])).stdout).toMatch(/ July 1, 2012 +anniversary\n$/);
    expect((await runKith(own, ['import', 'vcard', file])).stdout).toMatch(
      /^Imported 1 record: 0 created, 0 updated, 1 skipped\n/,
    );
    expect((await runKith(own, ['occasions', 'list', 'ada', '--json'])).json<unknown[]>()).toHaveLength(1);
  });

  it('lists the skipped rows under their own heading, and says how many more each heading holds', async () => {
    const own = tempDataDir();
    const dry = await runKith(own, ['import', 'linkedin', sample('linkedin/Connections.csv'), '--dry-run']);
    // The duplicate row was printed under "Would create:", as if it were one of the people created.
    expect(dry.stdout).toMatch(/\n {2}line 24: Rafael Costa[^\n]*\nWould skip:\n {2}line 16: same person as line 5\n$/);
    const file = join(own, 'Connections.csv');
    const rows = Array.from({ length: 25 }, (_, index) => `Person,Number ${index + 1},,Acme,Analyst,15 Mar 2024`);
    writeFileSync(file, ['First Name,Last Name,Email Address,Company,Position,Connected On', ...rows].join('\n'));
    const many = await runKith(own, ['import', 'linkedin', file]);
    expect(many.stdout).toMatch(/^Imported 25 records: 25 created, 0 updated, 0 skipped\nCreated:\n/);
    expect(many.stdout).toMatch(
      /\n {2}line 21: Person Number 20, Analyst, Acme\n {2}… and 5 more \(--json lists them all\)\n$/,
    );
  });

  it('says a birthday an import adds in words', async () => {
    const own = tempDataDir();
    await runKith(own, ['import', 'linkedin', sample('linkedin/Connections.csv')]);
    const dry = await runKith(own, ['import', 'vcard', sample('vcard/iphone-export.vcf'), '--dry-run']);
    // The phone's card has Ada's birthday without a year, stored as --05-20.
    expect(dry.stdout).toMatch(/\n {2}line 1: Ada Okafor: birthday May 20; /);
  });

  it('says the important dates an import adds in words, a year-less one too', async () => {
    const own = tempDataDir();
    await runKith(own, ['people', 'add', 'Ada Okafor', '--email', 'ada@example.com']);
    const file = join(own, 'ada.vcf');
    writeFileSync(
      file,
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ada Okafor',
        'EMAIL:ada@example.com',
        'item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-12',
        'item1.X-ABLabel:_$!<Anniversary>!$_',
        'item2.X-ABDATE:2012-07-01',
        'item2.X-ABLabel:Name day',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const dry = await runKith(own, ['import', 'vcard', file, '--dry-run']);
    // It said 'anniversary --06-12', as people show once said a year-less birthday.
    expect(dry.stdout).toContain(
      '\n  line 1: Ada Okafor: important dates anniversary June 12, Name day July 1, 2012\n',
    );
  });

  it('fails on a malformed file with one line naming the line number, and imports nothing', async () => {
    const before = (await kith('people', 'list', '--json')).json<Person[]>().length;
    for (const [format, path, line] of [
      ['linkedin', 'linkedin/Connections-broken.csv', 'line 6'],
      ['vcard', 'vcard/broken-nested.vcf', 'line 5'],
    ] as const) {
      const result = await kith('import', format, sample(path));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(line);
      // The way past an unreadable card is the flag, said as the flag.
      if (format === 'vcard') expect(result.stderr).toContain('(--skip-unreadable imports the others)');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await kith('import', 'vcard', join(dir, 'missing.vcf'))).stderr).toMatch(/missing\.vcf: no such file/);
    expect((await kith('people', 'list', '--json')).json<Person[]>().length).toBe(before);
  });

  it('reads phone numbers without + in the phone region set with kith settings phone-region', async () => {
    const own = tempDataDir();
    const run = (...args: string[]) => runKith(own, args);
    const file = join(own, 'london.csv');
    const row = (phone: string, email: string) =>
      `First Name,Last Name,E-mail 1 - Value,Phone 1 - Value\nAmara,Okoye,${email},${phone}\n`;
    expect((await run('settings', 'phone-region', 'gb')).stdout).toMatch(/Phone region:\s+GB/);
    writeFileSync(file, row('020 7946 0958', ''));
    expect((await run('import', 'google', file, '--json')).json<ImportSummary>()).toMatchObject({ created: 1 });
    writeFileSync(file, row('+44 20 7946 0958', 'amara@example.com'));
    expect((await run('import', 'google', file, '--json')).json<ImportSummary>()).toMatchObject({
      created: 0,
      updated: 1,
    });
    expect((await run('settings', '--json')).json()).toMatchObject({ phoneRegion: 'GB' });
    const refused = await run('settings', 'phone-region', 'UK');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^kith: <country>: must be a two-letter country code/);
  });

  it('names a file it cannot read or write, and what is wrong with it, in words', async () => {
    const missing = await kith('import', 'linkedin', join(dir, 'nope.csv'));
    expect([missing.code, missing.stderr]).toEqual([1, `kith: ${join(dir, 'nope.csv')}: no such file or folder\n`]);
    const folder = await kith('import', 'linkedin', dir);
    expect([folder.code, folder.stderr]).toEqual([1, `kith: ${dir}: that is a folder, not a file\n`]);
    const out = join(dir, 'no-such-folder', 'people.vcf');
    const unwritable = await kith('export', 'vcard', '--out', out);
    expect([unwritable.code, unwritable.stderr]).toEqual([1, `kith: ${out}: no such file or folder\n`]);
  });

  it('exits 2 on an unknown format', async () => {
    expect((await kith('import', 'outlook', sample('linkedin/Connections.csv'))).code).toBe(2);
    expect((await kith('export', 'pdf')).code).toBe(2);
  });

  it('dry-runs, then imports Google and vCard files on top, updating people it knows', async () => {
    const dry = (
      await kith('import', 'google', sample('google/contacts.csv'), '--dry-run', '--json')
    ).json<ImportSummary>();
    expect(dry).toMatchObject({ dryRun: true, created: 3, updated: 3 });
    expect(
      (await kith('import', 'google', sample('google/contacts.csv'), '--json')).json<ImportSummary>(),
    ).toMatchObject({
      created: 3,
      updated: 3,
    });
    expect(
      (await kith('import', 'vcard', sample('vcard/iphone-export.vcf'), '--json')).json<ImportSummary>(),
    ).toMatchObject({
      records: 3,
    });
  });

  it('lists likely duplicates and merges a pair', async () => {
    await kith('import', 'google', sample('google/contacts-legacy.csv'));
    await kith('people', 'add', 'Bob Costa', '--company', 'School of Fine Art', '--tag', 'typography');
    await kith('people', 'add', 'Robert Costa', '--company', 'School of Fine Art', '--email', 'rc@example.com');
    const pairs = (await kith('dedupe', '--json')).json<DuplicatePairView[]>();
    const pair = pairs.find((candidate) =>
      [candidate.a.displayName, candidate.b.displayName].every(
        (name) => name.endsWith('Costa') && name !== 'Rafael Costa',
      ),
    );
    expect(pair?.evidence.some((reason) => reason.includes('nickname'))).toBe(true);
    const text = await kith('dedupe');
    expect(text.stdout).toMatch(/\d\.\d\d {2}.+ ~ .+/);
    const merged = (await kith('merge', pair?.a.id ?? '', pair?.b.id ?? '', '--json')).json<Person>();
    expect(merged.tags).toContain('typography');
    expect(merged.emails.map((email) => email.value)).toContain('rc@example.com');
    expect((await kith('people', 'show', pair?.b.id ?? '')).code).toBe(1);
    expect((await kith('merge', merged.id, 'nobody-here')).code).toBe(1);
  });

  it('exports vCard, CSV and JSON to a file or stdout', async () => {
    const vcf = join(dir, 'people.vcf');
    const saved = await kith('export', 'vcard', '--out', vcf);
    expect(saved.code).toBe(0);
    const count = (await kith('people', 'list', '--json')).json<Person[]>().length;
    expect(readFileSync(vcf, 'utf8').match(/BEGIN:VCARD/g)).toHaveLength(count);
    expect(saved.stdout).toBe(`Exported ${count} people to ${vcf}\n`);
    const backup = join(dir, 'backup.json');
    expect((await kith('export', 'json', '--out', backup)).stdout).toBe(`Exported ${count} people to ${backup}\n`);
    expect((await kith('export', 'vcard', '--vcard-version', '4.0')).stdout).toContain('VERSION:4.0');
    expect((await kith('export', 'csv')).stdout.trim().split('\n')[0]).toMatch(/^id,display_name/);
    expect((await kith('export', 'json')).json<{ format: string }>().format).toBe('kith-backup');
  });

  it('backs up (SQLite online backup and JSON) and restores into an empty data dir; export → restore → export is identical', async () => {
    const original = (await kith('export', 'json')).json<{ sections: unknown }>();
    const sqliteBackup = join(dir, 'backup.db');
    expect((await kith('backup', sqliteBackup)).stdout).toContain('(SQLite)');
    const jsonBackup = join(dir, 'backup.json');
    expect((await kith('backup', jsonBackup, '--json')).stdout).toContain('(JSON)');

    // Said in words, the people and what they count first: no internal section names.
    const inWords = await runKith(tempDataDir(), ['restore', jsonBackup]);
    expect(inWords.stdout).toMatch(/^Restored .*backup\.json: \d+ people(, [^,]+)*, and your settings\n$/);
    expect(inWords.stdout).not.toMatch(/contactStates|eventPeople|davCards/);
    for (const backup of [sqliteBackup, jsonBackup]) {
      const target = tempDataDir();
      const restored = await runKith(target, ['restore', backup, '--json']);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      const again = (await runKith(target, ['export', 'json'])).json<{ sections: unknown }>();
      expect(again.sections).toEqual(original.sections);
      const twice = await runKith(target, ['restore', backup]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/restore needs an empty database/);
    }
  });

  it('refuses a restore file that is not a backup, naming the problem', async () => {
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"format":"something-else"}');
    const target = tempDataDir();
    const result = await runKith(target, ['restore', junk]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/format: must be "kith-backup"/);
    writeFileSync(junk, '{"format": "kith-backup",');
    expect((await runKith(target, ['restore', junk])).stderr).toMatch(/not valid JSON/);
    // A file that is not JSON at all (a README picked by mistake) is named, not parsed aloud.
    writeFileSync(junk, '# Sample inputs\n');
    expect((await runKith(target, ['restore', junk])).stderr).toBe(
      `kith: ${junk}: not a kith backup (neither a SQLite backup nor a JSON backup)\n`,
    );
  });

  it('refuses a backup edited to hold an impossible birthday or interaction kind, naming the record and field, and restores nothing', async () => {
    expect((await kith('log', 'Coffee', '--with', 'Ada Okafor', '--date', '2026-03-02')).code).toBe(0);
    const document = (await kith('export', 'json')).json<{ sections: Record<string, Record<string, unknown>[]> }>();
    const people = document.sections.people ?? [];
    const ada = people.findIndex((person) => person.displayName === 'Ada Okafor');
    const edited = join(dir, 'edited.json');
    for (const [section, index, field, value, words] of [
      ['people', ada, 'birthday', '1990-02-31', 'is not a real calendar date'],
      ['interactions', 0, 'kind', 'bogus', 'must be one of meeting, call, message'],
    ] as const) {
      const copy = structuredClone(document);
      const record = copy.sections[section]?.[index] as Record<string, unknown>;
      record[field] = value;
      writeFileSync(edited, JSON.stringify(copy));
      const target = tempDataDir();
      const refused = await runKith(target, ['restore', edited]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        new RegExp(`^kith: sections\\.${section}\\.${index}\\.${field}: ${words}.*id ${record.id}\\)\\n$`),
      );
      expect((await runKith(target, ['people', 'list', '--json'])).json()).toEqual([]);
    }
  });
});

type Sections = Record<string, { id?: string; personId?: string | null; participants?: string[] }[]>;

describe('kith backup, restore and merge across every feature', () => {
  it('a demo network backs up with every section, restores identically, and merges losing nothing', async () => {
    const dir = tempDataDir();
    expect((await runKith(dir, ['demo'])).code).toBe(0);
    const backup = join(dir, 'all.json');
    expect((await runKith(dir, ['backup', backup, '--json'])).code).toBe(0);
    const original = JSON.parse(readFileSync(backup, 'utf8')) as { sections: Sections };
    for (const name of ['people', 'items', 'interactions', 'reminders', 'shares']) {
      expect(original.sections[name]?.length, name).toBeGreaterThan(0);
    }

    const target = tempDataDir();
    const restored = await runKith(target, ['restore', backup, '--json']);
    expect(restored.stderr).toBe('');
    expect(restored.json<{ sections: Record<string, number> }>().sections.interactions).toBe(
      original.sections.interactions?.length,
    );
    expect((await runKith(target, ['export', 'json'])).json<{ sections: Sections }>().sections).toEqual(
      original.sections,
    );

    const withReminder = original.sections.reminders?.find((reminder) => reminder.personId)?.personId ?? '';
    const withShare = original.sections.shares?.[0]?.personId ?? '';
    const merged = await runKith(target, ['merge', withShare, withReminder, '--json']);
    expect(merged.stderr).toBe('');
    const after = (await runKith(target, ['export', 'json'])).json<{ sections: Sections }>().sections;
    expect(after.people).toHaveLength((original.sections.people?.length ?? 0) - 1);
    for (const name of ['items', 'interactions', 'reminders', 'shares', 'introductions', 'occasions']) {
      expect(after[name]?.length, name).toBe(original.sections[name]?.length);
    }
    expect(after.reminders?.find((reminder) => reminder.personId)?.personId).toBe(withShare);
    const participants = after.interactions?.flatMap((interaction) => interaction.participants ?? []) ?? [];
    expect(participants).not.toContain(withReminder);
    const before = original.sections.interactions?.flatMap((interaction) => interaction.participants ?? []) ?? [];
    expect(participants.filter((id) => id === withShare)).toHaveLength(
      before.filter((id) => id === withShare || id === withReminder).length,
    );
  });
});
