import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { kithBin, runKith, runKithProcess, tempDataDir } from '../support/cli.js';

describe('kith people', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);

  beforeAll(async () => {
    dir = tempDataDir();
  });

  it('adds a person with every flag and prints a stable JSON shape', async () => {
    const result = await kith(
      'people',
      'add',
      'Ada Okafor',
      '--email',
      'ada@example.com',
      '--email',
      'ada@home.example',
      '--phone',
      '+44 20 7946 0000',
      '--company',
      'Northwind',
      '--title',
      'Supply Chain Director',
      '--industry',
      'Logistics',
      '--location',
      'Lagos',
      '--tier',
      'close',
      '--tag',
      'speaker',
      '--topic',
      'demand planning',
      '--offer',
      'warehouse tours',
      '--need',
      'demand planners',
      '--birthday',
      '11-03',
      '--how-met',
      'Logistics World',
      '--notes',
      'Likes *jollof*',
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const person = result.json<Person>();
    expect(person).toMatchObject({
      displayName: 'Ada Okafor',
      emails: [
        { value: 'ada@example.com', label: null },
        { value: 'ada@home.example', label: null },
      ],
      birthday: '--11-03',
      tier: 'close',
      topics: ['demand planning'],
    });
    expect(person.id).toMatch(/^[0-9a-z]{26}$/);
  });

  it('lists as a table and as a JSON array, and searches', async () => {
    await kith('people', 'add', 'José Álvarez', '--company', 'Datastream', '--tier', 'regular');
    const table = await kith('people', 'list');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/NAME\s+TIER/);
    expect(table.stdout).toContain('José Álvarez');
    const list = (await kith('people', 'list', '--json')).json<Person[]>();
    expect(list.map((p) => p.displayName)).toEqual(['Ada Okafor', 'José Álvarez']);
    expect((await kith('people', 'list', '--tier', 'close', '--json')).json<Person[]>().length).toBe(1);
    expect((await kith('people', 'list', '--search', 'jose', '--json')).json<Person[]>()[0]?.displayName).toBe(
      'José Álvarez',
    );
    // Search and filters together: the filters narrow what the search found.
    expect((await kith('people', 'list', '--search', 'a', '--tier', 'regular', '--json')).json<Person[]>()).toEqual([
      expect.objectContaining({ displayName: 'José Álvarez' }),
    ]);
    const none = await kith('people', 'list', '--search', 'jose', '--tier', 'close');
    expect(none.stdout.trim()).toBe('No one matches (archived people are left out: --archived lists them).');
  });

  it('shows, edits, archives and removes by name or id', async () => {
    expect((await kith('people', 'show', 'ada')).stdout).toContain('Supply Chain Director');
    const edited = await kith(
      'people',
      'edit',
      'Ada Okafor',
      '--title',
      'VP Supply Chain',
      '--tag',
      'mentor',
      '--json',
    );
    expect(edited.json<Person>()).toMatchObject({ title: 'VP Supply Chain', tags: ['speaker', 'mentor'] });
    expect((await kith('people', 'archive', 'ada')).code).toBe(0);
    expect((await kith('people', 'list', '--json')).json<Person[]>().map((p) => p.displayName)).toEqual([
      'José Álvarez',
    ]);
    expect((await kith('people', 'list', '--archived', '--json')).json<Person[]>().length).toBe(1);
    const searched = await kith('people', 'list', '--search', 'a', '--archived', '--json');
    expect(searched.json<Person[]>().map((p) => p.displayName)).toEqual(['Ada Okafor']);
    const id = (await kith('people', 'show', 'jose', '--json')).json<Person>().id;
    expect((await kith('people', 'rm', id)).code).toBe(0);
    expect((await kith('people', 'show', id)).code).toBe(1);
  });

  it('shows a birthday and important dates in words, with the year when known', async () => {
    const own = tempDataDir();
    const run = (...args: string[]) => runKith(own, args);
    await run('people', 'add', 'Kofi Mensah', '--birthday', '04-15');
    expect((await run('people', 'show', 'kofi')).stdout).toMatch(/^Birthday: +April 15$/m);
    await run('people', 'edit', 'kofi', '--birthday', '1988-11-03');
    expect((await run('people', 'show', 'kofi')).stdout).toMatch(/^Birthday: +November 3, 1988$/m);
    await run('occasions', 'add', 'kofi', 'name day', '--date', '03-02');
    expect((await run('occasions', 'list', 'kofi')).stdout).toMatch(/ March 2 +name day$/m);
    // Scripts read the stored form.
    expect((await run('people', 'show', 'kofi', '--json')).json<Person>().birthday).toBe('1988-11-03');
  });

  it('edits lists without doubles, takes away what --remove-… names, and clears a field with ""', async () => {
    const own = tempDataDir();
    const run = (...args: string[]) => runKith(own, args);
    const show = async () => (await run('people', 'show', 'mei', '--json')).json<Person>();
    await run('people', 'add', 'Mei Chen', '--email', 'mei@contoso.example', '--phone', '+44 7700 900456');
    await run('people', 'edit', 'mei', '--birthday', '1990-02-03', '--cadence', '30', '--tag', 'Speaker');
    // The same email in capitals, the same phone spaced otherwise and a tag in another case are not added twice.
    await run(
      'people',
      'edit',
      'mei',
      '--email',
      'MEI@CONTOSO.EXAMPLE',
      '--phone',
      '+447700900456',
      '--tag',
      'speaker',
    );
    expect(await show()).toMatchObject({
      emails: [{ value: 'mei@contoso.example' }],
      phones: [{ value: '+44 7700 900456' }],
      tags: ['Speaker'],
    });
    // Numbers in letters are told apart by the keypad's digits.
    await run('people', 'edit', 'mei', '--phone', '1-800-FLOWERS', '--phone', '1-800-CONTACTS');
    expect((await show()).phones.map((phone) => phone.value)).toEqual([
      '+44 7700 900456',
      '1-800-FLOWERS',
      '1-800-CONTACTS',
    ]);
    await run('people', 'edit', 'mei', '--remove-phone', '18003569377', '--remove-phone', '1-800-contacts');
    const refusals: [string[], string][] = [
      [
        ['--phone', 'not a phone'],
        'kith: --phone: "not a phone" is not a phone number: it needs its digits, as +44 20 7946 0958\n',
      ],
      [['--name', ''], 'kith: --name: must not be empty\n'],
      [['--remove-email', 'nobody@example.com'], 'kith: --remove-email: they have no email "nobody@example.com"\n'],
    ];
    for (const [flags, stderr] of refusals) {
      const result = await run('people', 'edit', 'mei', ...flags);
      expect([result.code, result.stderr], flags.join(' ')).toEqual([1, stderr]);
    }
    const removed = await run(
      ...['people', 'edit', 'mei', '--remove-email', 'Mei@Contoso.example', '--remove-phone', '+44 (7700) 900-456'],
      ...['--remove-tag', 'SPEAKER', '--email', 'mei@fabrikam.example', '--birthday', '', '--cadence', ''],
    );
    expect(removed.code).toBe(0);
    // A note's later lines start under its first, not at the labels' column.
    await run('people', 'edit', 'mei', '--notes', 'Met at ProMat.\nWants intros to planners.');
    expect((await run('people', 'show', 'mei')).stdout).toContain(
      'Notes:     Met at ProMat.\n           Wants intros to planners.\n',
    );
    expect(await show()).toMatchObject({
      emails: [{ value: 'mei@fabrikam.example' }],
      phones: [],
      tags: [],
      birthday: null,
      cadenceDays: null,
    });
  });

  it('shows a birthday and kinds in words, not as stored', async () => {
    await kith('people', 'add', 'Bea Yearless', '--birthday', '05-20');
    await kith('people', 'add', 'Cy Born', '--birthday', '1981-09-14');
    expect((await kith('people', 'show', 'Bea Yearless')).stdout).toMatch(/^Birthday: +May 20$/m);
    expect((await kith('people', 'show', 'Cy Born')).stdout).toMatch(/^Birthday: +September 14, 1981$/m);
    await kith('orgs', 'add', 'Supply Chain Guild', '--kind', 'trade_association');
    expect((await kith('orgs', 'show', 'Supply Chain Guild')).stdout).toMatch(/^Kind: +trade association$/m);
    expect((await kith('orgs', 'list')).stdout).toMatch(/Supply Chain Guild +trade association/);
    await kith('events', 'add', 'Guild evening', '--kind', 'organization_meeting', '--starts', '2025-01-10');
    expect((await kith('events', 'show', 'Guild evening')).stdout).toMatch(/^Kind: +organization meeting$/m);
  });

  it('fits a table to the terminal (COLUMNS) without cutting ids or names, and aligns wide characters', async () => {
    const own = tempDataDir();
    const run = (...args: string[]) => runKith(own, args, { env: { COLUMNS: '80' } });
    await run('people', 'add', '王伟', '--company', 'Humongous Insurance', '--title', 'Actuary');
    await run('people', 'add', 'Tomasz Jan Wiśniewski', '--company', 'Adventure Works', '--title', 'Head of Logistics');
    await run(
      'people',
      'add',
      'Ada Okafor',
      '--company',
      'Northwind Traders',
      '--email',
      'ada.okafor@northwind.example',
    );
    const lines = (await run('people', 'list')).stdout.trimEnd().split('\n');
    // Terminal columns: 王 and 伟 take two each. Counted as one, every later cell of 王伟's row was two to the left.
    const columns = (text: string) => [...text].length + (text.match(/[王伟]/g)?.length ?? 0);
    const tierAt = (line: string) => columns(line.slice(0, line.indexOf('regular')));
    expect(new Set(lines.slice(1).map(tierAt)).size).toBe(1);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(80);
    expect(lines.join('\n')).toContain('Tomasz Jan Wiśniewski');
    expect(lines[1]).toMatch(/^[0-9a-z]{26} {2}Ada Okafor/);
    const wide = (await runKith(own, ['people', 'list'], { env: { COLUMNS: '' } })).stdout;
    expect(wide).toContain('ada.okafor@northwind.example');
  });

  it('records who introduced someone by name, shows it, refuses a self-introduction, and clears it with ""', async () => {
    await kith('people', 'add', 'Ines Introducer');
    const added = await kith('people', 'add', 'Nia Newcomer', '--introduced-by', 'Ines', '--json');
    const introducer = (await kith('people', 'show', 'Ines Introducer', '--json')).json<Person>();
    expect(added.json<Person>().introducedById).toBe(introducer.id);
    expect((await kith('people', 'show', 'Nia Newcomer')).stdout).toMatch(/^How met: +introduced by Ines Introducer$/m);
    const self = await kith('people', 'edit', 'Ines Introducer', '--introduced-by', 'Ines');
    expect([self.code, self.stderr]).toEqual([1, 'kith: --introduced-by: a person cannot introduce themselves\n']);
    const unknown = await kith('people', 'add', 'Odo Orphan', '--introduced-by', 'Nobody Known');
    expect(unknown.code).toBe(1);
    expect((await kith('people', 'list', '--search', 'Odo', '--json')).json<Person[]>()).toEqual([]);
    await kith('people', 'edit', 'Nia Newcomer', '--introduced-by', '');
    expect((await kith('people', 'show', 'Nia Newcomer', '--json')).json<Person>().introducedById).toBeNull();
  });

  it('takes an edit with nothing to change as bad usage, not as an update', async () => {
    await kith('people', 'add', 'Edna Unchanged', '--title', 'Editor');
    for (const args of [
      ['people', 'edit', 'Edna Unchanged'],
      ['people', 'edit', 'Edna Unchanged', '--json'],
    ]) {
      const result = await kith(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^kith people edit: say what to change \(see --help for the flags\)\n/);
    }
    const cleared = await kith('people', 'edit', 'Edna Unchanged', '--title', '', '--json');
    expect(cleared.json<Person>().title).toBeNull();
  });

  it('asks for an id when a name matches several people', async () => {
    await kith('people', 'add', 'Oliver Smith', '--company', 'Acme');
    await kith('people', 'add', 'Oliver Smith', '--company', 'Globex');
    const result = await kith('people', 'show', 'Oliver Smith');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/matches 2 people, use an id: .*Acme.*Globex/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // --company takes a part of the company's name, with or without --search.
    const atCompany = async (...flags: string[]) =>
      (await kith('people', 'list', '--company', 'glob', ...flags, '--json')).json<Person[]>().map((p) => p.company);
    expect(await atCompany()).toEqual(['Globex']);
    expect(await atCompany('--search', 'oliver')).toEqual(['Globex']);
  });

  it.each([
    [['--email', 'not-an-email'], /--email: is not a valid email address/],
    [['--birthday', '2023-02-31'], /--birthday: is not a real calendar date/],
    [['--birthday', '02-30'], /birthday: is not a real calendar date/],
    [['--met-on', '2024-13-01'], /--met-on: /],
    [['--cadence', 'often'], /^kith: --cadence: must be a whole number of days, not "often"$/m],
  ])('rejects a bad value %j with one line naming the field, and stores nothing', async (flags, message) => {
    const before = (await kith('people', 'list', '--json')).json<Person[]>().length;
    const result = await kith('people', 'add', 'Bad Value', ...flags);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect((await kith('people', 'list', '--json')).json<Person[]>().length).toBe(before);
  });

  it('rejects an empty or 10,000-character name', async () => {
    // The name is the command's argument <name>, not the field displayName.
    expect((await kith('people', 'add', '   ')).stderr).toBe('kith: <name>: must not be empty\n');
    const long = await kith('people', 'add', 'a'.repeat(10_000));
    expect(long.code).toBe(1);
    expect(long.stderr).toBe('kith: <name>: must be at most 200 characters\n');
  });

  it('refuses a count out of range in words (exit 1) and one that is no number as bad usage (exit 2)', async () => {
    const zero = await kith('people', 'list', '--limit', '0');
    expect([zero.code, zero.stderr]).toEqual([1, 'kith: --limit: must be at least 1\n']);
    const many = await kith('people', 'list', '--limit', '5000');
    expect([many.code, many.stderr]).toEqual([1, 'kith: --limit: must be at most 1000\n']);
    const cadence = await kith('people', 'add', 'Zero Cadence', '--cadence', '0');
    expect([cadence.code, cadence.stderr]).toEqual([1, 'kith: --cadence: must be at least 1\n']);
    const word = await kith('people', 'list', '--limit', 'ten');
    expect(word.code).toBe(2);
    expect(word.stderr).toMatch(/'--limit <n>' argument 'ten' is invalid\. must be a whole number/);
    const threshold = await kith('dedupe', '--threshold', 'high');
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toMatch(/'--threshold <score>' argument 'high' is invalid\. must be a number/);
  });

  it('exits 2 on bad usage: an unknown tier, a missing argument, an unknown command', async () => {
    expect((await kith('people', 'add', 'X', '--tier', 'bestie')).code).toBe(2);
    expect((await kith('people', 'add')).code).toBe(2);
    expect((await kith('peeple')).code).toBe(2);
  });
});

describe('kith demo', () => {
  it('fills an empty data dir once, and refuses a network in use', async () => {
    const dir = tempDataDir();
    const first = await runKith(dir, ['demo', '--json']);
    expect(first.code).toBe(0);
    expect(first.json()).toEqual({ people: 40, interactions: 7, reminders: 2, items: 1, shares: 1 });
    expect((await runKith(dir, ['people', 'list', '--json'])).json<Person[]>()).toHaveLength(40);
    const today = (await runKith(dir, ['today', '--json'])).json<{ reasons: string[] }[]>();
    expect(today.length).toBeGreaterThanOrEqual(4);
    expect(today[0]?.reasons[0]).toMatch(/^last spoke \d+ days ago/);
    const again = await runKith(dir, ['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/empty network only/);
  });
});

describe('the built bin (a process of its own, as a user runs it)', () => {
  it('exits 0 on success, 1 with one line on stderr on an error, 2 on bad usage', () => {
    const dir = tempDataDir();
    const added = runKithProcess(dir, ['people', 'add', 'Ada Okafor', '--json']);
    expect(added.code).toBe(0);
    expect(added.json<Person>().displayName).toBe('Ada Okafor');
    const missing = runKithProcess(dir, ['people', 'show', 'nobody']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('kith: No person with id or name "nobody"\n');
    const usage = runKithProcess(dir, ['people', 'add', 'X', '--tier', 'bestie']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/bestie/);
  });
});

describe('kith in a pipeline', () => {
  it('exits quietly when the reader closes the pipe early', async () => {
    const dir = tempDataDir();
    await runKith(dir, ['demo']);
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${kithBin()}" --data-dir "${dir}" people list | head -1`],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1' },
      },
    );
    expect(result.stdout).toMatch(/^ID\s+NAME/);
    expect(result.stderr).toBe('');
  });
});
