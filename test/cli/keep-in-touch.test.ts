import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkTotals } from '../../src/core/health/schema.js';
import type { Interaction } from '../../src/core/interactions/schema.js';
import type { TodayEntry } from '../../src/core/keep-in-touch/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import type { Reminder } from '../../src/core/reminders/schema.js';
import type { TimelineEntry } from '../../src/core/timeline/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

/**
 * A scripted month (March 2025), run in date order as a user would live it: interactions
 * logged on known dates, then `kith today --as-of` on several days.
 */
describe('kith keep in touch: a scripted month', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);
  const today = async (asOf: string, ...extra: string[]) =>
    (await ok('today', '--as-of', asOf, '--json', ...extra))
      .json<TodayEntry[]>()
      .map((entry) => [entry.name, entry.reasons]);

  beforeAll(async () => {
    dir = tempDataDir();
    await ok('settings', 'timezone', 'UTC');
    // This month is about who comes due; the weekly plain hello has its own suite (daily-research).
    await ok('settings', 'hello', 'off');
    await ok('people', 'add', 'Ivy Inner', '--tier', 'inner');
    await ok('people', 'add', 'Cal Close', '--tier', 'close', '--birthday', '1985-03-14');
    await ok('people', 'add', 'Rex Regular', '--tier', 'regular');
    await ok('people', 'add', 'Ace Acquaintance', '--tier', 'acquaintance', '--birthday', '03-02');
    await ok('people', 'add', 'Ora Close', '--tier', 'close');
    await ok('people', 'add', 'Sam Inner', '--tier', 'inner');
    await ok('occasions', 'add', 'ora', 'work anniversary', '--date', '03-20');
    await ok('log', 'Drinks', '--with', 'ivy', '--date', '2025-02-01', '--kind', 'meal');
    await ok('log', 'Coffee', '--with', 'cal', '--date', '2025-01-10');
    await ok('log', 'Call', '--with', 'rex', '--date', '2024-11-01', '--kind', 'call');
    await ok('log', 'Met once', '--with', 'ace', '--date', '2024-01-01');
    await ok('log', 'Lunch', '--with', 'ora', '--date', '2025-02-15', '--kind', 'meal');
    await ok('log', 'Walk', '--with', 'sam', '--date', '2025-01-01');
    await ok('snooze', 'sam', '--until', '2025-03-15');
  });

  it('lists only who is due, with the reason in words', async () => {
    expect(await today('2025-03-01')).toEqual([
      ['Rex Regular', ['last spoke 120 days ago; you aim for every 120 days']],
    ]);
    expect(await today('2025-03-05')).toEqual([
      ['Ivy Inner', ['last spoke 32 days ago; you aim for every 30 days']],
      ['Rex Regular', ['last spoke 124 days ago; you aim for every 120 days']],
    ]);
  });

  it('resets the clock on an interaction, and brings up a birthday that week', async () => {
    await ok('log', 'Catch-up call', '--with', 'Ivy Inner', '--date', '2025-03-06', '--kind', 'call');
    // The person's page says when you last spoke, the latest of their interactions.
    expect((await ok('people', 'show', 'Ivy Inner')).stdout).toContain(
      'Last contact: call on March 6, 2025: Catch-up call\n',
    );
    expect(await today('2025-03-10')).toEqual([
      ['Cal Close', ['birthday on Friday']],
      ['Rex Regular', ['last spoke 129 days ago; you aim for every 120 days']],
    ]);
  });

  it('quotes a due reminder, which ranks first, until it is done', async () => {
    const reminder = (await ok('remind', 'rex', 'send the deck', '--on', '2025-03-12', '--json')).json<Reminder>();
    expect(await today('2025-03-12')).toEqual([
      [
        'Rex Regular',
        ['last spoke 131 days ago; you aim for every 120 days', 'you asked to be reminded: send the deck'],
      ],
      ['Cal Close', ['last spoke 61 days ago; you aim for every 60 days', 'birthday on Friday']],
    ]);
    expect((await ok('reminders', '--as-of', '2025-03-11', '--json')).json<Reminder[]>()).toEqual([]);
    expect((await ok('reminders', '--as-of', '2025-03-12', '--json')).json<Reminder[]>().map((r) => r.text)).toEqual([
      'send the deck',
    ]);
    await ok('done', reminder.id);
    expect((await ok('reminders', '--as-of', '2025-03-12', '--json')).json<Reminder[]>()).toEqual([]);
    expect((await today('2025-03-12')).map(([name]) => name)).toEqual(['Cal Close', 'Rex Regular']);
  });

  it('brings a snoozed person back when the snooze ends, with other occasions, limited', async () => {
    await ok('log', 'Birthday call', '--with', 'cal', '--date', '2025-03-14', '--kind', 'call');
    expect(await today('2025-03-14')).toEqual([
      ['Cal Close', ['birthday today']],
      ['Ora Close', ['work anniversary on Thursday']],
      ['Rex Regular', ['last spoke 133 days ago; you aim for every 120 days']],
    ]);
    expect(await today('2025-03-15')).toEqual([
      ['Sam Inner', ['last spoke 73 days ago; you aim for every 30 days']],
      ['Ora Close', ['work anniversary on Thursday']],
      ['Rex Regular', ['last spoke 134 days ago; you aim for every 120 days']],
    ]);
    expect((await today('2025-03-15', '--limit', '2')).map(([name]) => name)).toEqual(['Sam Inner', 'Ora Close']);
    await ok('settings', 'list-size', '1');
    expect((await today('2025-03-15')).map(([name]) => name)).toEqual(['Sam Inner']);
    await ok('settings', 'list-size', '7');
  });

  it('follows the cadence settings', async () => {
    await ok('settings', 'cadence', 'regular', 'none');
    expect((await today('2025-03-15')).map(([name]) => name)).toEqual(['Sam Inner', 'Ora Close']);
    await ok('settings', 'cadence', 'acquaintance', '365');
    expect(await today('2025-03-15')).toEqual([
      ['Sam Inner', ['last spoke 73 days ago; you aim for every 30 days']],
      ['Ora Close', ['work anniversary on Thursday']],
      ['Ace Acquaintance', ['last spoke 439 days ago; you aim for every 365 days']],
    ]);
    expect((await ok('settings', '--json')).json()).toMatchObject({
      cadences: { inner: 30, close: 60, regular: null, acquaintance: 365 },
      dailyListSize: 7,
      followUpDays: 2,
      timeZone: 'UTC',
      phoneRegion: 'US',
    });
  });

  it('counts 23:30 local time for that local day, and shows it on the timeline', async () => {
    await ok('settings', 'timezone', 'America/New_York');
    const logged = (
      await ok('log', 'Late call', '--with', 'ora', '--date', '2025-03-31T23:30', '--json')
    ).json<Interaction>();
    expect(logged).toMatchObject({ occurredOn: '2025-03-31', occurredAt: '2025-04-01T03:30:00.000Z' });
    const timeline = (await ok('timeline', 'ora', '--json')).json<TimelineEntry[]>();
    expect(timeline.filter((e) => e.kind === 'interaction').map((e) => [e.on, e.summary])).toEqual([
      ['2025-03-31', 'Late call'],
      ['2025-02-15', 'Lunch'],
    ]);
    const ora = (await ok('people', 'show', 'ora', '--json')).json<Person>();
    expect((await ok('interactions', 'list', '--with', ora.id, '--json')).json<Interaction[]>()).toHaveLength(2);
  });

  it('says one day and one person in the singular', async () => {
    const own = tempDataDir();
    const run = async (...args: string[]) => (await runKithOk(own, args)).stdout;
    await run('settings', 'list-size', '1');
    await run('settings', 'follow-up', '1');
    const settings = await run('settings', 'cadence', 'inner', '1');
    expect(settings).toMatch(/^Inner: +every 1 day$/m);
    expect(settings).toMatch(/^Daily list: +1 person$/m);
    expect(settings).toMatch(/^Follow up: +within 1 day after an event$/m);
    await run('people', 'add', 'Bo Daily', '--cadence', '1');
    expect(await run('people', 'show', 'Bo')).toMatch(/^Tier: +regular \(every 1 day\)$/m);
  });

  it('answers bad input with one line on stderr and changes nothing', async () => {
    const before = (await ok('interactions', 'list', '--json')).stdout;
    for (const args of [
      ['log', 'x', '--with', 'nobody'],
      ['log', 'x'],
      ['log', 'x', '--with', 'ivy', '--date', '2025-02-30'],
      // Times that do not exist were read as the next day's.
      ['log', 'x', '--with', 'ivy', '--date', '2025-02-01T25:00'],
      ['log', 'x', '--with', 'ivy', '--date', '2025-02-01T23:61'],
      ['log', 'x', '--with', 'ivy', '--date', '2025-02-01T10:00+25:00'],
      ['today', '--as-of', '2025-02-30'],
      ['done', 'nope'],
      ['settings', 'cadence', 'close', 'often'],
      ['settings', 'timezone', 'Mars/Olympus'],
      ['settings', 'phone-region', 'UK'],
      ['remind', 'nobody', 'x', '--on', '2025-03-01'],
    ]) {
      const result = await kith(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect((await kith('today', '--limit', 'many')).code).toBe(2);
    // How long a snooze lasts is the command's own question: neither --until nor --for (or both) is bad usage.
    for (const args of [
      ['snooze', 'ivy'],
      ['snooze', 'ivy', '--until', '2025-04-01', '--for', '2w'],
    ]) {
      const result = await kith(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^kith snooze: say how long, with either --until DATE or --for DURATION/);
    }
    expect((await kith('log', 'x', '--with', 'ivy', '--kind', 'date')).code).toBe(2);
    expect((await ok('interactions', 'list', '--json')).stdout).toBe(before);
  });

  it('reads an unquoted full name before a reminder, and says how to write one about no one', async () => {
    expect((await ok('remind', 'Rex', 'Regular', 'send', 'the', 'deck', '--on', '2025-04-01')).stdout).toMatch(
      /^Reminder \w+ about Rex Regular due 2025-04-01: send the deck\n$/,
    );
    expect((await ok('remind', 'call the bank', '--on', '2025-04-01')).stdout).toMatch(
      / due 2025-04-01: call the bank\n$/,
    );
    // Words after a first name stay the text unless the name is someone's whole name ("ivy i" is found in Ivy Inner).
    expect((await ok('remind', 'ivy', 'i', 'owe', 'her', 'lunch', '--on', '2025-04-01')).stdout).toMatch(
      / about Ivy Inner due 2025-04-01: i owe her lunch\n$/,
    );
    const unquoted = await kith('remind', 'call', 'the', 'bank', '--on', '2025-04-01');
    expect([unquoted.code, unquoted.stderr]).toEqual([
      1,
      'kith: No person with id or name "call": a reminder about no one is one quoted text, as kith remind "call the bank" --on DATE\n',
    ]);
    for (const reminder of (await ok('reminders', '--all', '--json')).json<Reminder[]>()) {
      if (reminder.dueOn === '2025-04-01') await ok('unremind', reminder.id);
    }
  });

  it('says a snooze to a day already past has ended, not that it runs until then', async () => {
    expect((await ok('snooze', 'ivy', '--for', '2w')).stdout).toMatch(
      /^Ivy Inner is snoozed until \d{4}-\d{2}-\d{2}\n$/,
    );
    expect((await ok('snooze', 'ivy', '--until', '2020-01-01')).stdout).toBe(
      'Ivy Inner is not snoozed (2020-01-01 is not after today): back on the daily list when due\n',
    );
  });

  it('says a reminder was already done rather than doing it again', async () => {
    const reminder = (await ok('remind', 'ivy', 'return the book', '--on', '2025-04-03', '--json')).json<Reminder>();
    expect((await ok('done', reminder.id)).stdout).toBe('Done: return the book\n');
    expect((await ok('done', reminder.id)).stdout).toMatch(
      /^Already done: return the book \(on \d{4}-\d{2}-\d{2}\)\n$/,
    );
  });

  it('lists and shows interactions with the names of who was there, not their ids', async () => {
    const logged = (
      await ok('log', 'Lunch in town', '--with', 'ivy', 'cal', '--date', '2025-04-02', '--json')
    ).json<Interaction>();
    const listed = (await ok('interactions', 'list', '--limit', '1')).stdout;
    expect(listed).toMatch(/WITH\n/);
    expect(listed).toContain('Lunch in town  Ivy Inner, Cal Close');
    expect((await ok('interactions', 'show', logged.id)).stdout).toContain('\nWith:       Ivy Inner, Cal Close\n');
    // log itself says whom --with found, by name.
    const said = (await ok('log', 'Walk', '--with', 'ivy', 'cal', 'sam', '--kind', 'meeting', '--date', '2025-04-03'))
      .stdout;
    expect(said).toMatch(/^Logged meeting with Ivy Inner, Cal Close and Sam Inner on 2025-04-03 \([0-9a-z]{26}\)\n$/);
  });
});

describe('kith health', () => {
  it('prints people per tier and interactions per month, as the web dashboard shows them', async () => {
    const dir = tempDataDir();
    const ok = (...args: string[]) => runKithOk(dir, args);
    await ok('settings', 'timezone', 'UTC');
    await ok('people', 'add', 'Ivy Inner', '--tier', 'inner');
    await ok('people', 'add', 'Cal Close', '--tier', 'close');
    await ok('log', 'Coffee', '--with', 'ivy', '--date', '2025-01-10');
    await ok('log', 'Lunch', '--with', 'ivy', '--with', 'cal', '--date', '2025-03-02');
    const totals = (await ok('health', '--as-of', '2025-03-31', '--json')).json<NetworkTotals>();
    expect(totals.perTier).toEqual([
      { tier: 'inner', count: 1 },
      { tier: 'close', count: 1 },
      { tier: 'regular', count: 0 },
      { tier: 'acquaintance', count: 0 },
    ]);
    expect(totals.perMonth).toHaveLength(12);
    expect(totals.perMonth.slice(-3)).toEqual([
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 0 },
      { month: '2025-03', count: 1 },
    ]);
    const table = (await ok('health', '--as-of', '2025-03-31')).stdout;
    expect(table).toMatch(/^inner\s+1$/m);
    // Months in words, as the web shows them.
    expect(table).toMatch(/^March 2025\s+\d+$/m);
    const bad = await runKith(dir, ['health', '--as-of', 'March']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--as-of: /);
  });
});
