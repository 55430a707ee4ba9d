import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntroductionView } from '../../src/core/introductions/schema.js';
import type { Item, ItemView } from '../../src/core/items/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { scoreKeepingTerms } from '../support/score-keeping.js';

// The labelled set's saved pages, one copy for the benchmark and this suite.
const pages = join(import.meta.dirname, '..', '..', 'bench', 'give-first', 'pages');

describe('kith items, share and intros', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  /** Every JSON output of the run, for the no-score-keeping check at the end. */
  const outputs: unknown[] = [];
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await kith(...args, '--json');
    expect(result.stderr, args.join(' ')).toBe('');
    expect(result.code).toBe(0);
    const value = result.json<T>();
    outputs.push(value);
    return value;
  };
  const people: Record<string, Person> = {};

  beforeAll(async () => {
    dir = tempDataDir();
    const add = async (name: string, ...flags: string[]) => {
      people[name] = await json<Person>('people', 'add', name, ...flags);
    };
    await add(
      'Ada Okafor',
      '--title',
      'Director, Supply Chain',
      '--industry',
      'Logistics',
      '--topic',
      'demand planning',
      '--need',
      'hiring demand planners',
    );
    await add('Amara Nwosu', '--title', 'Demand Planner', '--topic', 'forecasting', '--offer', 'demand planning');
    await add(
      'José Álvarez',
      '--title',
      'Senior Data Engineer',
      '--topic',
      'stream processing',
      '--topic',
      'data contracts',
      '--need',
      'a senior data role in Madrid',
    );
    await add(
      'Sofia Rossi',
      '--title',
      'Talent Acquisition Partner',
      '--topic',
      'recruiting',
      '--need',
      'hiring data engineers',
    );
    await add('Kenji Watanabe', '--title', 'Staff Software Engineer', '--topic', 'kafka');
  });

  it('adds an item from a saved page and prints it with its id', async () => {
    const item = await json<Item>('items', 'add', '--file', join(pages, 'article-warehouse-automation.html'));
    expect(item).toMatchObject({ title: 'What warehouse automation really costs', kind: 'article', source: 'html' });
    expect(item.id).toMatch(/^[0-9a-z]{26}$/);
    expect(item.text).not.toContain('Subscribe');
    expect(item.topics).toEqual(expect.arrayContaining(['warehouse automation', 'demand planning']));
  });

  it('ranks people for a job listing: the one looking for such a role first, the recruiter not above', async () => {
    const job = await json<Item>('items', 'add', '--file', join(pages, 'job-senior-data-engineer.html'));
    expect(job).toMatchObject({ kind: 'job', company: 'Trey Research', location: 'Madrid, Spain (hybrid)' });
    const suggestions = await json<{ id: string; name: string; score: number; reasons: string[] }[]>(
      'share',
      job.id,
      '--limit',
      '3',
    );
    expect(Object.keys(suggestions[0] ?? {}).sort()).toEqual(['id', 'name', 'reasons', 'score']);
    expect(suggestions[0]).toMatchObject({
      name: 'José Álvarez',
      reasons: expect.arrayContaining(['looking for a senior data role in Madrid']),
    });
    const names = suggestions.map((s) => s.name);
    if (names.includes('Sofia Rossi'))
      expect(names.indexOf('Sofia Rossi')).toBeGreaterThan(names.indexOf('Kenji Watanabe'));
  });

  it('lists who would value an item with every reason in full, not cut to a table cell', async () => {
    const [job] = await json<Item[]>('items', 'list', '--kind', 'job');
    if (!job) throw new Error('no job');
    const suggestions = await json<{ id: string; name: string; reasons: string[] }[]>('share', job.id);
    const text = (await kith('share', job.id)).stdout;
    const first = suggestions[0];
    if (!first) throw new Error('no suggestion');
    expect(text).toContain(`1. ${first.name}  ${first.id}`);
    for (const reason of first.reasons) expect(text).toContain(`\n   - ${reason}\n`);
    expect(text).toMatch(new RegExp(`Record a send with: kith share ${job.id} --to PERSON\\n$`));
  });

  it('records a share, then shows "already sent" and leaves the person out of suggestions', async () => {
    const [item] = await json<Item[]>('items', 'list', '--kind', 'article');
    if (!item) throw new Error('no article');
    const shared = await kith('share', item.id, '--to', 'Ada', '--note', 'Your robots question');
    expect(shared.code).toBe(0);
    expect(shared.stdout).toMatch(
      /^Sent "What warehouse automation really costs" to Ada Okafor on [A-Z][a-z]+ \d{1,2}, \d{4}\n/,
    );
    const shown = await kith('items', 'show', item.id);
    expect(shown.stdout).toMatch(/Already sent to Ada Okafor on [A-Z][a-z]+ \d{1,2}, \d{4}\n/);
    expect((await json<ItemView>('items', 'show', item.id)).sharedWith).toEqual([
      expect.objectContaining({ personName: 'Ada Okafor', note: 'Your robots question' }),
    ]);
    expect((await kith('share', item.id)).stdout).toMatch(/Already sent to Ada Okafor on/);
    expect((await json<{ label: string | null; summary: string }[]>('timeline', 'Ada'))[0]).toMatchObject({
      label: 'share',
      summary: 'Sent "What warehouse automation really costs"',
    });
    expect((await json<{ name: string }[]>('share', item.id)).map((s) => s.name)).not.toContain('Ada Okafor');
    expect(await json<{ itemTitle: string }[]>('share', '--history', 'Ada')).toEqual([
      expect.objectContaining({ itemTitle: 'What warehouse automation really costs' }),
    ]);
    expect((await kith('people', 'show', 'Ada')).stdout).toMatch(
      /Already sent: What warehouse automation really costs on [A-Z][a-z]+ \d{1,2}, \d{4}\n/,
    );
    const twice = await kith('share', item.id, '--to', 'Ada');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(
      /^kith: Already sent "What warehouse automation really costs" to Ada Okafor on [A-Z][a-z]+ \d{1,2}, \d{4}\n/,
    );
    // Flags that mean nothing together are refused, not dropped.
    const noteAlone = await kith('share', item.id, '--note', 'Thought of you');
    expect([noteAlone.code, noteAlone.stderr.split('\n')[0]]).toEqual([
      2,
      'kith share: --note goes with --to PERSON, the share it is the note of',
    ]);
    expect((await kith('share', item.id, '--history', 'Ada')).code).toBe(2);
  });

  it('edits an item, a job’s company, role and location too, and archives it', async () => {
    const item = await json<Item>(
      'items',
      'add',
      '--text',
      'Kubernetes cost notes\nRight-size your k8s nodes before buying more.',
    );
    expect(item.topics[0]).toBe('kubernetes');
    expect(await json<Item>('items', 'edit', item.id, '--kind', 'resource', '--topic', 'finops')).toMatchObject({
      kind: 'resource',
      topics: ['finops'],
    });
    expect(
      await json<Item>(
        'items',
        'edit',
        item.id,
        '--kind',
        'job',
        '--company',
        'Trey Research',
        '--role',
        'Platform Engineer',
        '--location',
        'Madrid, Spain',
      ),
    ).toMatchObject({ kind: 'job', company: 'Trey Research', role: 'Platform Engineer', location: 'Madrid, Spain' });
    await json<Item>('items', 'archive', item.id);
    expect((await json<Item[]>('items', 'list')).map((i) => i.id)).not.toContain(item.id);
    expect((await json<Item[]>('items', 'list', '--archived')).map((i) => i.id)).toEqual([item.id]);
  });

  it('fails clearly and saves nothing on bad input', async () => {
    const before = (await json<Item[]>('items', 'list')).length;
    const cases: [string[], RegExp][] = [
      [['items', 'add', '--file', join(dir, 'missing.html')], /--file: cannot read .*missing\.html: no such file/],
      [['items', 'add', '--url', 'file:///etc/passwd'], /url: must be an http or https URL/],
      [
        ['items', 'add', '--url', 'http://127.0.0.1:4429/'],
        /Refused to fetch http:\/\/127\.0\.0\.1:4429\/: 127\.0\.0\.1 is a private or loopback address/,
      ],
      [['items', 'add', '--text', 'a', '--url', 'https://example.com/'], /exactly one of --url, --file or --text/],
      [['items', 'show', 'nope'], /No item with id nope/],
      [['share', 'nope'], /No item with id nope/],
    ];
    const empty = join(dir, 'menu.html');
    writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    cases.push([['items', 'add', '--file', empty], /the HTML has no readable text; nothing was saved/]);
    for (const [args, message] of cases) {
      const result = await kith(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await kith('items', 'add', '--kind', 'podcast', '--text', 'x')).code).toBe(2);
    expect(await json<Item[]>('items', 'list')).toHaveLength(before);
  });

  it('suggests an introduction and tracks it to made, with a follow-up date three weeks later', async () => {
    const suggestions =
      await json<{ personA: { name: string }; personB: { name: string }; reasons: string[] }[]>('intros');
    expect(suggestions[0]).toMatchObject({ personA: { name: 'Ada Okafor' }, personB: { name: 'Amara Nwosu' } });
    const intro = await json<IntroductionView>(
      'intros',
      'start',
      'Ada',
      'Amara',
      '--reason',
      'Ada is hiring demand planners',
    );
    expect(intro.status).toBe('suggested');
    expect(await json<unknown[]>('intros')).toEqual([]);
    const early = await kith('intros', 'update', intro.id, '--status', 'made');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/cannot go from suggested to made/);
    await json('intros', 'update', intro.id, '--status', 'asked-a', '--on', '2026-06-01');
    await json('intros', 'update', intro.id, '--status', 'asked-b', '--on', '2026-06-02');
    const made = await json<IntroductionView>('intros', 'update', intro.id, '--status', 'made', '--on', '2026-06-03');
    expect(made).toMatchObject({ status: 'made', madeOn: '2026-06-03', followUpDue: '2026-06-24' });
    expect((await kith('intros', 'list')).stdout).toMatch(/Ada Okafor\s+Amara Nwosu\s+made\s+2026-06-24/);
    const followUp = 'you asked to be reminded: Ask Ada Okafor and Amara Nwosu how their introduction went';
    const reasonsOn = async (asOf: string) =>
      (await json<{ reasons: string[] }[]>('today', '--as-of', asOf)).flatMap((e) => e.reasons);
    expect(await reasonsOn('2026-06-23')).not.toContain(followUp);
    expect(await reasonsOn('2026-06-24')).toContain(followUp);
    expect(await json<{ label: string | null; summary: string }[]>('timeline', 'Amara')).toContainEqual(
      expect.objectContaining({ label: 'introduction', summary: 'Introduced Ada Okafor and Amara Nwosu' }),
    );
    expect(await json<IntroductionView[]>('intros', 'list')).toHaveLength(1);
  });

  it('keeps no score in any JSON it printed', async () => {
    expect(outputs.length).toBeGreaterThan(10);
    expect(scoreKeepingTerms(outputs)).toEqual([]);
  });
});
