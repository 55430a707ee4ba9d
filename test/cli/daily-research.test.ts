import { beforeAll, describe, expect, it } from 'vitest';
import type { ReconnectionDraft, TierSuggestion, TodayEntry } from '../../src/core/keep-in-touch/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

/**
 * Issue 20 on a scripted network: a dormant tie a day (a topic you follow beats the more
 * familiar), a plain hello a week, tier-size advice said once, friends before family,
 * and drafts built from when you last spoke and the shared event. Previews with --as-of.
 */
describe('kith today: dormant ties, hellos, tier sizes, family, drafts', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);
  const entries = async (asOf: string) => (await ok('today', '--as-of', asOf, '--json')).json<TodayEntry[]>();

  beforeAll(async () => {
    dir = tempDataDir();
    await ok('settings', 'timezone', 'UTC');
    await ok('settings', 'my-topics', 'Rust', 'climate tech');
    // Once in regular touch, now quiet: the most familiar has no topic you follow.
    await ok('people', 'add', 'Fay Familiar', '--tier', 'acquaintance');
    for (const date of ['2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01', '2025-01-05', '2025-06-01']) {
      await ok('log', 'Coffee', '--with', 'fay', '--date', date);
    }
    await ok('people', 'add', 'Ray Rustacean', '--tier', 'acquaintance', '--topic', 'rust');
    await ok('events', 'add', 'RustConf 2025', '--starts', '2025-03-20', '--status', 'attended');
    await ok('events', 'met', 'RustConf 2025', 'ray');
    await ok('log', 'Call', '--with', 'ray', '--date', '2025-04-02', '--kind', 'call');
    await ok('log', 'Lunch', '--with', 'ray', '--date', '2025-05-01', '--notes', 'Starting a compiler team at Acme.');
    // A long silence in an outer tier, barely known: the plain hello.
    await ok('people', 'add', 'Olga Old', '--tier', 'acquaintance');
    await ok('log', 'Met once', '--with', 'olga', '--date', '2021-11-20');
    // Friend and relative, same tier and silence.
    await ok('people', 'add', 'Fran Friend', '--tier', 'close');
    await ok('people', 'add', 'Pat Parent', '--tier', 'close', '--family');
    await ok('log', 'Dinner', '--with', 'fran', 'pat', '--date', '2026-01-05', '--kind', 'meal');
  });

  it('proposes one dormant tie, a topic match above the more familiar, and one plain hello', async () => {
    const list = await entries('2026-03-10');
    const reconnect = list.filter((entry) => entry.kind === 'reconnect');
    const hello = list.filter((entry) => entry.kind === 'hello');
    expect(reconnect.map((entry) => [entry.name, entry.reasons])).toEqual([
      [
        'Ray Rustacean',
        ['you were in regular touch (3 times) and last spoke in May 2025', 'they work on rust, which you follow'],
      ],
    ]);
    expect(hello.map((entry) => [entry.name, entry.reasons])).toEqual([
      ['Olga Old', ['just say hello: 4 years and 3 months since you were last in touch']],
    ]);
    // Without a topic to follow, the more familiar tie comes first.
    await ok('settings', 'my-topics');
    expect((await entries('2026-03-10')).find((entry) => entry.kind === 'reconnect')?.name).toBe('Fay Familiar');
    await ok('settings', 'my-topics', 'Rust', 'climate tech');
  });

  it('turns the dormant tie and the hello off in settings', async () => {
    await ok('settings', 'reconnect', 'off');
    await ok('settings', 'hello', 'off');
    expect((await entries('2026-03-10')).filter((entry) => entry.kind)).toEqual([]);
    const shown = (await ok('settings')).stdout;
    expect(shown).toMatch(/Reconnect: +off/);
    expect(shown).toMatch(/My topics: +Rust, climate tech/);
    await ok('settings', 'reconnect', 'on');
    await ok('settings', 'hello', 'on');
  });

  it('puts a friend before a relative at the same tier and silence', async () => {
    const names = async (asOf: string) => (await entries(asOf)).flatMap((entry) => (entry.kind ? [] : [entry.name]));
    expect(await names('2026-03-10')).toEqual(['Fran Friend']);
    expect(await names('2026-04-10')).toEqual(['Fran Friend', 'Pat Parent']);
    expect((await ok('people', 'show', 'pat')).stdout).toMatch(/Family: +yes/);
    await ok('settings', 'family-cadence', '100');
    expect((await entries('2026-03-10')).find((entry) => entry.name === 'Pat Parent')?.reasons).toEqual([
      'last spoke 64 days ago; you aim for every 60 days',
    ]);
    await ok('settings', 'family-cadence', '125');
  });

  it('drafts an opener from when you last spoke and the shared event, printed, never sent, your note beside it', async () => {
    const draft = (await ok('draft', 'ray', '--json')).json<ReconnectionDraft>();
    expect(draft.sharedEvent).toBe('RustConf 2025');
    expect(draft.lastNote).toBe('Starting a compiler team at Acme.');
    expect(draft.text).not.toContain('compiler team');
    expect(draft.text).toContain('RustConf 2025');
    expect((await ok('draft', 'ray')).stdout).toMatch(
      /^Hi Ray,\n[\s\S]*\n\(Your last note: Starting a compiler team at Acme\.\)\n$/,
    );
  });

  it('says a tier has outgrown its layer once, until answered', async () => {
    // Inner and close together include the inner tier: a smaller whole is refused, nothing changed.
    const refused = await kith('settings', 'tier-sizes', '15', '5');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'kith: innerAndCloseSize: inner and close together (5) must be at least the inner tier (15)\n',
    ]);
    await ok('settings', 'tier-sizes', '2', '15');
    for (const name of ['Ina One', 'Ina Two', 'Ina Three']) await ok('people', 'add', name, '--tier', 'inner');
    await ok('log', 'Call', '--with', 'ina one', 'ina two', '--date', '2026-03-01', '--kind', 'call');
    const advised = (await ok('today', '--as-of', '2026-03-10')).stdout;
    expect(advised).toContain('Your inner tier holds 3 people; about 2 is what a life keeps that close');
    expect(advised).toMatch(/Ina Three \(never in touch\) → close/);
    const moved = (await ok('tiers', 'answer', 'inner', '--move', 'ina three')).stdout;
    expect(moved).toContain('Moved Ina Three to close');
    expect((await ok('today', '--as-of', '2026-03-10')).stdout).not.toContain('inner tier holds');
    // Answered at 2: a third inner person brings it back.
    await ok('people', 'edit', 'ina three', '--tier', 'inner');
    expect((await ok('today', '--as-of', '2026-03-10')).stdout).toContain('Your inner tier holds 3 people');
    await ok('tiers', 'answer', 'inner');
    expect((await ok('today', '--as-of', '2026-03-10')).stdout).not.toContain('inner tier holds');
  });

  it('suggests tiers from how often you are in touch, and takes them when accepted', async () => {
    const suggestions = (await ok('tiers', 'suggest', '--json')).json<TierSuggestion[]>();
    expect(suggestions.find((s) => s.name === 'Olga Old')).toBeUndefined();
    const fran = suggestions.find((s) => s.name === 'Fran Friend');
    // One dinner in the last year (or none, on a clock past 2027-01-05): not a close tie by frequency.
    expect(fran).toMatchObject({ tier: 'close', suggestedTier: 'acquaintance' });
    await ok('tiers', 'suggest', '--accept', fran?.id ?? '');
    expect((await ok('people', 'show', 'fran', '--json')).json<{ tier: string }>().tier).toBe('acquaintance');
    expect(
      (await ok('tiers', 'suggest', '--json')).json<TierSuggestion[]>().find((s) => s.name === 'Fran Friend'),
    ).toBeUndefined();
  });

  it('previews tier suggestions as of another day, which cannot be accepted', async () => {
    // On 2025-06-02 Fay's six coffees were all in the last year; Fran and Pat were not yet in touch.
    const then = (await ok('tiers', 'suggest', '--as-of', '2025-06-02', '--json')).json<TierSuggestion[]>();
    expect(then.find((s) => s.name === 'Fay Familiar')).toMatchObject({ interactions: 6, suggestedTier: 'close' });
    expect(then.find((s) => s.name === 'Pat Parent')).toBeUndefined();
    const accept = await kith('tiers', 'suggest', '--as-of', '2025-06-02', '--accept');
    expect(accept.code).toBe(1);
    expect(accept.stderr).toContain('--as-of previews another day');
    expect((await ok('people', 'show', 'fay', '--json')).json<{ tier: string }>().tier).toBe('acquaintance');
  });

  it('answers bad input with one line and a non-zero exit', async () => {
    const dismissed = await kith('reconnect', 'dismiss', 'olga');
    expect(dismissed.code).toBe(1);
    expect(dismissed.stderr).toContain('has not been proposed as a dormant tie');
    expect((await kith('tiers', 'answer', 'outer')).stderr).toContain('<layer>: must be inner or close');
    expect((await kith('settings', 'family-cadence', '50')).stderr).toContain(
      'familyCadencePercent: must be at least 100',
    );
    expect((await kith('settings', 'reconnect', 'maybe')).code).toBe(2);
  });
});
