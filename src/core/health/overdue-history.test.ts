import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../settings/schema.js';
import { type HistoryPerson, monthEnds, overdueHistory } from './overdue-history.js';

const cadences = settingsSchema.parse({}).cadences; // inner 30, close 60, regular 120, acquaintance none

const person = (overrides: Partial<HistoryPerson>): HistoryPerson => ({
  tier: 'inner',
  cadenceDays: null,
  addedOn: '2026-01-01',
  contactDays: [],
  ...overrides,
});

describe('monthEnds', () => {
  it('gives the last day of each of the eleven months before, then today', () => {
    const days = monthEnds('2026-03-15');
    expect(days).toHaveLength(12);
    expect(days.slice(0, 3)).toEqual(['2025-04-30', '2025-05-31', '2025-06-30']);
    expect(days.slice(-3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-15']);
  });

  it('knows leap years and crosses the year boundary', () => {
    expect(monthEnds('2024-03-10', 3)).toEqual(['2024-01-31', '2024-02-29', '2024-03-10']);
    expect(monthEnds('2026-01-05', 2)).toEqual(['2025-12-31', '2026-01-05']);
  });
});

describe('overdueHistory', () => {
  const ada = person({ tier: 'inner', contactDays: ['2026-01-10', '2026-03-01'] });
  const ben = person({ tier: 'close', cadenceDays: 10 });
  const cyd = person({ tier: 'acquaintance', addedOn: '2025-01-01' });
  const dan = person({ tier: 'regular', addedOn: '2026-03-20' });

  it('counts, on each day, the people added by then whose last contact is at least their cadence ago', () => {
    const days = overdueHistory({
      days: ['2026-01-31', '2026-02-28', '2026-03-30', '2026-03-31'],
      people: [ada, ben, cyd, dan],
      cadences,
    });
    expect(days).toEqual([
      // Ada spoke 21 days ago (inner: 30); Ben was added 30 days ago and has a 10-day cadence.
      // Cyd is an acquaintance (no cadence) and Dan was not added yet: neither is counted.
      { on: '2026-01-31', people: 2, overdue: 1, share: 0.5 },
      { on: '2026-02-28', people: 2, overdue: 2, share: 1 },
      // Ada's last contact is 29 days before 03-30 and 30 days before 03-31: due on the day the cadence is reached.
      { on: '2026-03-30', people: 3, overdue: 1, share: 0.333 },
      { on: '2026-03-31', people: 3, overdue: 2, share: 0.667 },
    ]);
  });

  it('reads a contact dated before the person was added, and only contacts on or before the day', () => {
    const eve = person({ tier: 'inner', addedOn: '2026-03-01', contactDays: ['2025-12-01', '2026-04-02'] });
    const days = overdueHistory({ days: ['2026-02-28', '2026-03-31', '2026-04-05'], people: [eve], cadences });
    expect(days.map((day) => [day.people, day.overdue])).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
    ]);
  });

  it('follows the user’s cadences, and says null for a day with nobody to count', () => {
    const slowInner = { ...cadences, inner: 90 };
    const days = overdueHistory({ days: ['2025-12-31', '2026-02-28'], people: [ada, cyd], cadences: slowInner });
    expect(days).toEqual([
      { on: '2025-12-31', people: 0, overdue: 0, share: null },
      { on: '2026-02-28', people: 1, overdue: 0, share: 0 },
    ]);
  });
});
