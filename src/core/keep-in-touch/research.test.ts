import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../settings/schema.js';
import { type Contact, dailyList } from './daily-list.js';
import { chooseDormant, interestsOf } from './dormant.js';
import { draftOpener } from './draft.js';
import { chooseHello } from './hello.js';
import type { DormantRow, TodayPick } from './picks-repo.js';
import { suggestTiers } from './suggest-tiers.js';
import { tierAdvice, tierAdviceCheck } from './tier-advice.js';
import { durationWords, pickRule } from './today-picks.js';
import { withResearch } from './today-research.js';

const settings = settingsSchema.parse({});
const today = '2026-03-10';

function dormant(id: string, fields: Partial<DormantRow> = {}): DormantRow {
  return {
    id,
    name: id,
    tier: 'regular',
    lastInteractionOn: '2025-06-01',
    interactions: 4,
    topics: [],
    needs: [],
    offers: [],
    ...fields,
  };
}

describe('the dormant tie', () => {
  it('ranks a topic match above a more familiar tie with none, and says why', () => {
    const entry = chooseDormant(
      [dormant('familiar', { interactions: 30 }), dormant('rust', { interactions: 3, topics: ['Rust compilers'] })],
      interestsOf(['rust compilers'], []),
      new Set(),
    );
    expect(entry?.id).toBe('rust');
    expect(entry?.kind).toBe('reconnect');
    expect(entry?.reasons).toEqual([
      'you were in regular touch (3 times) and last spoke in June 2025',
      'they work on Rust compilers, which you follow',
    ]);
  });

  it('meets a need with a saved item, naming the item', () => {
    const entry = chooseDormant(
      [dormant('ada', { needs: ['a data engineer'] })],
      interestsOf([], [{ title: 'Data engineer, Acme', topics: ['data engineer'] }]),
      new Set(),
    );
    expect(entry?.reasons[1]).toBe('they are looking for a data engineer, which meets “Data engineer, Acme” you saved');
  });

  it('without a match prefers the once most familiar, and skips the excluded and the barely known', () => {
    const rows = [
      dormant('a', { interactions: 5 }),
      dormant('b', { interactions: 9 }),
      dormant('c', { interactions: 2 }),
    ];
    expect(chooseDormant(rows, [], new Set())?.id).toBe('b');
    expect(chooseDormant(rows, [], new Set(['b']))?.id).toBe('a');
    expect(chooseDormant([rows[2] as DormantRow], [], new Set())).toBeNull();
  });
});

describe('the plain hello', () => {
  it('goes to the longest silence and says only how long', () => {
    const entry = chooseHello(
      [
        { id: 'recent', name: 'recent', tier: 'regular', lastInteractionOn: '2025-01-01' },
        { id: 'oldest', name: 'oldest', tier: 'acquaintance', lastInteractionOn: '2023-12-01' },
      ],
      new Set(),
      today,
    );
    expect(entry?.id).toBe('oldest');
    expect(entry?.reasons).toEqual(['just say hello: 2 years and 3 months since you were last in touch']);
  });

  it('words durations', () => {
    expect(durationWords('2026-02-20', today)).toBe('2 weeks');
    expect(durationWords('2025-03-10', today)).toBe('1 year');
    expect(durationWords('2025-03-11', today)).toBe('11 months');
  });
});

describe('picks', () => {
  const pick = (kind: TodayPick['kind'], shownOn: string, personId: string, dismissedOn: string | null = null) => ({
    kind,
    shownOn,
    personId,
    dismissedOn,
  });

  it('a dormant tie a day: today’s pick stays, and a new one may come tomorrow', () => {
    const picks = [pick('reconnect', today, 'ada')];
    expect(pickRule('reconnect', picks, today)).toMatchObject({ pickedToday: 'ada', mayPick: false });
    const tomorrow = pickRule('reconnect', picks, '2026-03-11');
    expect(tomorrow).toMatchObject({ pickedToday: null, mayPick: true });
    expect(tomorrow.excluded.has('ada')).toBe(true);
  });

  it('a dismissed tie is not proposed again for a year, and nobody else that day', () => {
    const picks = [pick('reconnect', '2025-09-01', 'ada', '2025-09-01'), pick('reconnect', today, 'bo', today)];
    const rule = pickRule('reconnect', picks, today);
    expect(rule).toMatchObject({ pickedToday: null, mayPick: false });
    expect(rule.excluded.has('ada')).toBe(true);
    expect(pickRule('reconnect', picks, '2026-09-02').excluded.has('ada')).toBe(false);
  });

  it('a hello a week', () => {
    const picks = [pick('hello', '2026-03-05', 'ada')];
    expect(pickRule('hello', picks, today).mayPick).toBe(false);
    expect(pickRule('hello', picks, '2026-03-12').mayPick).toBe(true);
  });

  it('the research entries take the last places of the list', () => {
    const due = ['a', 'b', 'c'].map((id) => ({
      id,
      name: id,
      tier: 'close' as const,
      score: 1,
      reasons: [],
      lastInteractionOn: null,
      dueOn: null,
      drift: null,
    }));
    const reconnect = { ...due[0], id: 'r', kind: 'reconnect' as const } as (typeof due)[number];
    const hello = { ...due[0], id: 'h', kind: 'hello' as const } as (typeof due)[number];
    expect(withResearch(due, { reconnect, hello, advice: null }, 3).map((e) => e.id)).toEqual(['a', 'r', 'h']);
  });
});

describe('tier-size advice', () => {
  const sizes = { inner: 7, close: 5, regular: 40, acquaintance: 300 };

  it('says when the inner tier outgrows its layer, until answered at that size', () => {
    const check = tierAdviceCheck(sizes, settings, {});
    expect(check).toMatchObject({ tier: 'inner', size: 7, limit: 5, excess: 2 });
    expect(tierAdviceCheck(sizes, settings, { inner: 7 })).toBeNull();
    expect(tierAdviceCheck({ ...sizes, inner: 8 }, settings, { inner: 7 })?.tier).toBe('inner');
  });

  it('says when inner and close together outgrow theirs, offering the close tier', () => {
    const check = tierAdviceCheck({ ...sizes, inner: 4, close: 14 }, settings, {});
    expect(check).toMatchObject({ tier: 'close', size: 18, excess: 3, from: 'close' });
    const advice = tierAdvice(check as NonNullable<typeof check>, [{ id: 'x', name: 'X', lastInteractionOn: null }]);
    expect(advice.people).toEqual([{ id: 'x', name: 'X', lastInteractionOn: null, toTier: 'regular' }]);
    expect(advice.message).toContain('inner and close tiers hold 18 people; about 15');
  });
});

describe('friend or family', () => {
  it('at the same tier and silence a friend is due before a relative', () => {
    const person = (id: string, family: boolean): Contact => ({
      id,
      name: id,
      tier: 'close',
      cadenceDays: null,
      addedOn: '2025-01-01',
      lastInteractionOn: '2026-01-05',
      snoozedUntil: null,
      driftSilencedUntil: null,
      family,
    });
    const input = { today, cadences: settings.cadences, limit: 7, familyCadencePercent: 125 };
    // 64 days: past a friend's 60, not yet a relative's 75.
    expect(
      dailyList({ ...input, contacts: [person('relative', true), person('friend', false)] }).map((e) => e.id),
    ).toEqual(['friend']);
    const later = dailyList({
      ...input,
      today: '2026-04-10',
      contacts: [person('relative', true), person('friend', false)],
    });
    expect(later.map((e) => [e.id, e.dueOn])).toEqual([
      ['friend', '2026-03-06'],
      ['relative', '2026-03-21'],
    ]);
  });
});

describe('reconnection drafts', () => {
  it('recall when you last spoke and name the shared event, never quoting your note', () => {
    const text = draftOpener({
      firstName: 'Ada',
      today,
      lastInteraction: { occurredOn: '2025-04-02' },
      sharedEvent: { name: 'RustConf 2025', startsOn: '2025-03-30', upcoming: false },
      sharedOrganization: null,
    });
    expect(text).toContain('Hi Ada,');
    expect(text).toContain('since RustConf 2025, and since we last spoke in April 2025, and I was thinking of you.');
    expect(text).not.toContain('“');
  });

  it('follow up on a conversation of the last few weeks instead of saying it has been a while', () => {
    const draftAfter = (occurredOn: string) =>
      draftOpener({
        firstName: 'Ada',
        today,
        lastInteraction: { occurredOn },
        sharedEvent: { name: 'RustConf 2025', startsOn: '2025-03-30', upcoming: false },
        sharedOrganization: null,
      });
    expect(draftAfter(today)).toContain('Thank you for our conversation earlier today; it was good to talk.\n');
    expect(draftAfter('2026-03-09')).toContain('Thank you for our conversation yesterday;');
    expect(draftAfter('2026-02-20')).toContain(
      'Following up on our conversation on February 20: how have things gone since?',
    );
    for (const recent of [today, '2026-03-09', '2026-02-09']) expect(draftAfter(recent)).not.toContain('a while');
    expect(draftAfter('2026-02-08')).toContain(
      'It has been a while since RustConf 2025, and since we last spoke in February',
    );
  });

  it('ask about an upcoming shared event or a shared organization', () => {
    const base = { firstName: 'Bo', today, lastInteraction: null, sharedOrganization: { name: 'IEEE' } };
    expect(draftOpener({ ...base, sharedEvent: { name: 'PyCon', startsOn: '2026-05-01', upcoming: true } })).toContain(
      'Will you be at PyCon (May 2026)?',
    );
    expect(draftOpener({ ...base, sharedEvent: null })).toContain('Will I see you at IEEE');
  });
});

describe('tier suggestions', () => {
  it('propose tiers from how often you interact, within the layers’ sizes', () => {
    const people = [
      ...Array.from({ length: 7 }, (_, i) => ({
        id: `weekly${i}`,
        name: `weekly${i}`,
        tier: 'regular' as const,
        lastInteractionOn: '2026-03-01',
        count: 50 - i,
        knownDays: 365,
      })),
      { id: 'quiet', name: 'quiet', tier: 'inner' as const, lastInteractionOn: '2024-01-01', count: 0, knownDays: 800 },
      { id: 'never', name: 'never', tier: 'inner' as const, lastInteractionOn: null, count: 0, knownDays: 365 },
      // Imported this week with a meeting from years ago: too new to judge.
      { id: 'new', name: 'new', tier: 'regular' as const, lastInteractionOn: '2019-05-01', count: 0, knownDays: 5 },
      // Two months in kith, six calls: about 36 a year.
      {
        id: 'recent',
        name: 'recent',
        tier: 'acquaintance' as const,
        lastInteractionOn: '2026-02-20',
        count: 6,
        knownDays: 60,
      },
    ];
    const suggestions = suggestTiers(people, settings);
    expect(suggestions.filter((s) => s.suggestedTier === 'inner').map((s) => s.id)).toEqual([
      'weekly0',
      'weekly1',
      'weekly2',
      'weekly3',
      'weekly4',
    ]);
    expect(suggestions.find((s) => s.id === 'weekly5')?.suggestedTier).toBe('close');
    expect(suggestions.find((s) => s.id === 'quiet')).toMatchObject({
      suggestedTier: 'acquaintance',
      reason: 'no contact in the last year; inner means about 12',
    });
    expect(suggestions.find((s) => s.id === 'never')).toBeUndefined();
    expect(suggestions.find((s) => s.id === 'new')).toBeUndefined();
    expect(suggestions.find((s) => s.id === 'recent')).toMatchObject({
      suggestedTier: 'close',
      reason: '6 interactions in the 60 days kith has known them',
    });
  });
});
