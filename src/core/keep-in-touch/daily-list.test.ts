import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../settings/schema.js';
import { localDateOf } from '../shared/dates.js';
import { type Contact, type DailyListInput, dailyList } from './daily-list.js';

const cadences = settingsSchema.parse({}).cadences;

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    name: id,
    tier: 'close',
    cadenceDays: null,
    addedOn: '2025-01-01',
    lastInteractionOn: null,
    snoozedUntil: null,
    driftSilencedUntil: null,
    ...fields,
  };
}

function list(input: Partial<DailyListInput> & Pick<DailyListInput, 'contacts'>) {
  return dailyList({ today: '2026-03-10', cadences, limit: 7, ...input });
}

// 2026-03-10 is a Tuesday.
describe('dailyList reasons', () => {
  it('says how long since you last spoke against the cadence', () => {
    const [entry] = list({ contacts: [contact('ada', { lastInteractionOn: '2025-12-06' })] });
    expect(entry?.reasons).toEqual(['last spoke 94 days ago; you aim for every 60 days']);
    expect(entry?.dueOn).toBe('2026-02-04');
  });

  it('leaves out people not yet due', () => {
    expect(list({ contacts: [contact('ada', { lastInteractionOn: '2026-02-01' })] })).toEqual([]);
  });

  it('counts people never contacted from when they were added', () => {
    const entries = list({
      contacts: [contact('old', { addedOn: '2026-01-01' }), contact('new', { addedOn: '2026-03-01' })],
    });
    expect(entries.map((e) => e.id)).toEqual(['old']);
    expect(entries[0]?.reasons).toEqual(['added 68 days ago and not contacted yet; you aim for every 60 days']);
  });

  it('says one day in the singular', () => {
    const entries = list({ contacts: [contact('ada', { cadenceDays: 1, lastInteractionOn: '2026-03-09' })] });
    expect(entries[0]?.reasons).toEqual(['last spoke 1 day ago; you aim for every 1 day']);
  });

  it('uses the person override before the tier cadence', () => {
    const entries = list({ contacts: [contact('ada', { cadenceDays: 7, lastInteractionOn: '2026-03-01' })] });
    expect(entries[0]?.reasons).toEqual(['last spoke 9 days ago; you aim for every 7 days']);
  });

  it('names a birthday in the next week by its weekday', () => {
    const entries = list({
      contacts: [contact('ada', { lastInteractionOn: '2026-03-01' })],
      occasions: [{ personId: 'ada', label: 'birthday', date: '1990-03-13' }],
    });
    expect(entries[0]?.reasons).toEqual(['birthday on Friday']);
  });

  it('handles a birthday with no year, today and tomorrow', () => {
    const entries = list({
      contacts: [contact('a', { lastInteractionOn: '2026-03-01' }), contact('b', { lastInteractionOn: '2026-03-01' })],
      occasions: [
        { personId: 'a', label: 'birthday', date: '--03-10' },
        { personId: 'b', label: 'work anniversary', date: '--03-11' },
      ],
    });
    expect(entries.map((e) => e.reasons)).toEqual([['birthday today'], ['work anniversary tomorrow']]);
  });

  it('shows a 29 February birthday on 28 February in a non-leap year', () => {
    const occasions = [{ personId: 'leap', label: 'birthday', date: '2000-02-29' }];
    const contacts = [contact('leap', { lastInteractionOn: '2026-02-20' })];
    expect(list({ today: '2026-02-28', contacts, occasions })[0]?.reasons).toEqual(['birthday today']);
    expect(list({ today: '2026-02-22', contacts, occasions })[0]?.reasons).toEqual(['birthday on Saturday']);
    expect(list({ today: '2026-03-01', contacts, occasions })).toEqual([]);
    expect(
      list({ today: '2028-02-29', contacts: [contact('leap', { lastInteractionOn: '2028-02-20' })], occasions })[0]
        ?.reasons,
    ).toEqual(['birthday today']);
  });

  it('ignores occasions more than a week away, and occasions of people with no cadence', () => {
    const entries = list({
      contacts: [contact('far', { lastInteractionOn: '2026-03-01' }), contact('acq', { tier: 'acquaintance' })],
      occasions: [
        { personId: 'far', label: 'birthday', date: '--03-18' },
        { personId: 'acq', label: 'birthday', date: '--03-11' },
      ],
    });
    expect(entries).toEqual([]);
  });

  it('lists pending follow-ups from events', () => {
    const entries = list({
      contacts: [contact('ada', { tier: 'acquaintance', lastInteractionOn: null, addedOn: '2026-03-07' })],
      followUps: [{ personId: 'ada', eventName: 'Logistics World', metOn: '2026-03-07', dueOn: '2026-03-14' }],
    });
    expect(entries[0]?.reasons).toEqual(['met at Logistics World 3 days ago, not followed up yet']);
  });

  it('lists someone met at an event from the next morning, not on the day itself', () => {
    const input = (metOn: string) => ({
      contacts: [contact('ada', { tier: 'acquaintance' as const, lastInteractionOn: metOn, addedOn: metOn })],
      followUps: [{ personId: 'ada', eventName: 'Logistics World', metOn, dueOn: '2026-03-14' }],
    });
    expect(list(input('2026-03-10'))).toEqual([]);
    expect(list(input('2026-03-09'))[0]?.reasons).toEqual(['met at Logistics World yesterday, not followed up yet']);
  });

  it('lists shared events in the next week', () => {
    const entries = list({
      contacts: [contact('ada', { lastInteractionOn: '2026-03-01' })],
      sharedEvents: [
        { personId: 'ada', eventName: 'Supply Chain Summit', startsOn: '2026-03-12' },
        { personId: 'ada', eventName: 'Past Expo', startsOn: '2026-03-01' },
      ],
    });
    expect(entries[0]?.reasons).toEqual(['you will both be at Supply Chain Summit on Thursday']);
  });

  it('quotes explicit reminders that are due, not those still ahead', () => {
    const entries = list({
      contacts: [
        contact('ada', { lastInteractionOn: '2026-03-01' }),
        contact('bo', { lastInteractionOn: '2026-03-01' }),
      ],
      reminders: [
        { personId: 'ada', text: 'send the deck', dueOn: '2026-03-10' },
        { personId: 'bo', text: 'later', dueOn: '2026-03-11' },
      ],
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.reasons).toEqual(['you asked to be reminded: send the deck']);
  });

  it('puts the overdue reason first when there are several', () => {
    const entries = list({
      contacts: [contact('ada', { lastInteractionOn: '2025-12-06' })],
      reminders: [{ personId: 'ada', text: 'send the deck', dueOn: '2026-03-01' }],
      occasions: [{ personId: 'ada', label: 'birthday', date: '--03-13' }],
    });
    expect(entries[0]?.reasons).toEqual([
      'last spoke 94 days ago; you aim for every 60 days',
      'you asked to be reminded: send the deck',
      'birthday on Friday',
    ]);
  });
});

describe('dailyList ranking', () => {
  it('ranks by how overdue relative to cadence, then tier, and cuts at the limit', () => {
    const contacts = [
      contact('regular-2x', { tier: 'regular', lastInteractionOn: '2025-07-13' }), // 240 days / 120
      contact('inner-2x', { tier: 'inner', lastInteractionOn: '2026-01-09' }), // 60 days / 30
      contact('close-3x', { tier: 'close', lastInteractionOn: '2025-09-11' }), // 180 days / 60
      contact('inner-1x', { tier: 'inner', lastInteractionOn: '2026-02-08' }), // 30 days / 30
      contact('acquaintance', { tier: 'acquaintance', lastInteractionOn: '2020-01-01' }),
    ];
    expect(list({ contacts }).map((e) => e.id)).toEqual(['close-3x', 'inner-2x', 'regular-2x', 'inner-1x']);
    expect(list({ contacts, limit: 2 }).map((e) => e.id)).toEqual(['close-3x', 'inner-2x']);
  });

  it('ranks an explicit reminder above a birthday, a birthday above a mildly overdue contact', () => {
    const contacts = [
      contact('overdue', { tier: 'regular', lastInteractionOn: '2025-11-10' }), // 120 days / 120
      contact('birthday', { lastInteractionOn: '2026-03-01' }),
      contact('reminder', { lastInteractionOn: '2026-03-01' }),
    ];
    const entries = list({
      contacts,
      occasions: [{ personId: 'birthday', label: 'birthday', date: '--03-12' }],
      reminders: [{ personId: 'reminder', text: 'call back', dueOn: '2026-03-09' }],
    });
    expect(entries.map((e) => e.id)).toEqual(['reminder', 'birthday', 'overdue']);
  });

  it('breaks ties by name', () => {
    const contacts = [
      contact('2', { name: 'Zoe', lastInteractionOn: '2026-01-01' }),
      contact('1', { name: 'Ada', lastInteractionOn: '2026-01-01' }),
    ];
    expect(list({ contacts }).map((e) => e.name)).toEqual(['Ada', 'Zoe']);
  });
});

describe('dailyList snooze', () => {
  it('keeps a snoozed person off the list until the snooze ends, whatever the reasons', () => {
    const contacts = [contact('ada', { lastInteractionOn: '2025-01-01', snoozedUntil: '2026-03-15' })];
    const reminders = [{ personId: 'ada', text: 'x', dueOn: '2026-03-01' }];
    expect(list({ contacts, reminders })).toEqual([]);
    expect(list({ today: '2026-03-14', contacts, reminders })).toEqual([]);
    expect(list({ today: '2026-03-15', contacts, reminders }).map((e) => e.id)).toEqual(['ada']);
  });
});

describe('dailyList drift', () => {
  const overdue = contact('ada', { tier: 'close', lastInteractionOn: '2025-12-01' }); // 99 days, cadence 60
  const longOverdue = contact('ada', { tier: 'close', lastInteractionOn: '2025-11-01' }); // 129 days > 2 × 60
  const twice = [
    { personId: 'ada', shownOn: '2026-03-01' },
    { personId: 'ada', shownOn: '2026-03-05' },
  ];

  it('suggests a lower tier when overdue by more than twice the cadence after two suggestions', () => {
    const [entry] = list({ contacts: [longOverdue], suggestions: twice });
    expect(entry?.drift).toEqual({ fromTier: 'close', toTier: 'regular' });
    expect(entry?.reasons).toContain(
      'suggested 2 times with no contact since: consider moving them from close to regular',
    );
  });

  it('does not suggest it when not overdue enough, suggested once, or suggested before the last interaction', () => {
    expect(list({ contacts: [overdue], suggestions: twice })[0]?.drift).toBeNull();
    expect(list({ contacts: [longOverdue], suggestions: twice.slice(1) })[0]?.drift).toBeNull();
    const before = [
      { personId: 'ada', shownOn: '2025-10-01' },
      { personId: 'ada', shownOn: '2025-10-02' },
    ];
    expect(list({ contacts: [longOverdue], suggestions: before })[0]?.drift).toBeNull();
    const includingToday = [
      { personId: 'ada', shownOn: '2026-03-05' },
      { personId: 'ada', shownOn: '2026-03-10' },
    ];
    expect(list({ contacts: [longOverdue], suggestions: includingToday })[0]?.drift).toBeNull();
  });

  it('stays silent while a dismissal lasts, and never goes below acquaintance', () => {
    const silenced = { ...longOverdue, driftSilencedUntil: '2026-04-01' };
    expect(list({ contacts: [silenced], suggestions: twice })[0]?.drift).toBeNull();
    expect(list({ today: '2026-04-01', contacts: [silenced], suggestions: twice })[0]?.drift).toEqual({
      fromTier: 'close',
      toTier: 'regular',
    });
    const acquaintance = { ...longOverdue, tier: 'acquaintance' as const, cadenceDays: 30 };
    expect(list({ contacts: [acquaintance], suggestions: twice })[0]?.drift).toBeNull();
  });
});

describe('time zones', () => {
  it('takes today from the user zone: 03:30 UTC is still 23:30 the day before in New York', () => {
    const now = new Date('2026-03-11T03:30:00Z');
    const today = localDateOf(now, 'America/New_York');
    expect(today).toBe('2026-03-10');
    const entries = list({
      today,
      contacts: [contact('ada', { lastInteractionOn: '2026-03-01' })],
      occasions: [{ personId: 'ada', label: 'birthday', date: '--03-10' }],
    });
    expect(entries[0]?.reasons).toEqual(['birthday today']);
    expect(localDateOf(now, 'Europe/Berlin')).toBe('2026-03-11');
  });
});
