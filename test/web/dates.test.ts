import { describe, expect, it } from 'vitest';
import { dayRangeWords, dayWords, localToday } from '../../src/web/events/dates.js';

describe('days in words', () => {
  const thisYear = localToday().slice(0, 4);
  // ICU puts thin and narrow spaces around the dash; the test reads them as spaces.
  const range = (start: string, end: string | null) => dayRangeWords(start, end).replace(/[\u2009\u202f]/g, ' ');

  it('name the month and day, and the year only when it is not this one', () => {
    expect(dayWords(`${thisYear}-12-05`)).toBe('Dec 5');
    expect(dayWords('2019-03-01')).toBe('Mar 1, 2019');
  });

  it('give an event its days as one range, and one day when it has no other end', () => {
    expect(range(`${thisYear}-12-10`, `${thisYear}-12-12`)).toBe('Dec 10 – 12');
    expect(range(`${thisYear}-12-10`, null)).toBe('Dec 10');
    expect(range(`${thisYear}-12-10`, `${thisYear}-12-10`)).toBe('Dec 10');
    expect(range('2019-12-30', '2020-01-02')).toBe('Dec 30, 2019 – Jan 2, 2020');
  });
});
