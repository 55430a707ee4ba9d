import { describe, expect, it } from 'vitest';
import {
  dayRangeWords,
  dayWords,
  localToday,
  longDayWords,
  monthNames,
  yearlyDateWords,
} from '../../src/web/components/dates.js';

describe('days in words', () => {
  const thisYear = localToday().slice(0, 4);
  // ICU puts thin and narrow spaces around the dash; the test reads them as spaces.
  const range = (start: string, end: string | null) =>
    dayRangeWords(start, end, 'en-US').replace(/[\u2009\u202f]/g, ' ');

  it('name the month and day, and the year only when it is not this one', () => {
    expect(dayWords(`${thisYear}-12-05`, 'en-US')).toBe('Dec 5');
    expect(dayWords('2019-03-01', 'en-US')).toBe('Mar 1, 2019');
    expect(dayWords('2019-03-01', 'de-DE')).toBe('1. März 2019');
  });

  it('give an event its days as one range, and one day when it has no other end', () => {
    expect(range(`${thisYear}-12-10`, `${thisYear}-12-12`)).toBe('Dec 10 – 12');
    expect(range(`${thisYear}-12-10`, null)).toBe('Dec 10');
    expect(range(`${thisYear}-12-10`, `${thisYear}-12-10`)).toBe('Dec 10');
    expect(range('2019-12-30', '2020-01-02')).toBe('Dec 30, 2019 – Jan 2, 2020');
  });

  it('read a yearly date with or without its year, 29 February included, and name the months', () => {
    expect(yearlyDateWords('--09-01', 'en-US')).toBe('Sep 1');
    expect(yearlyDateWords('--02-29', 'en-US')).toBe('Feb 29');
    expect(yearlyDateWords('2019-03-15', 'en-US')).toBe('Mar 15, 2019');
    expect(monthNames('en-US')).toHaveLength(12);
    expect(monthNames('en-US')[8]).toBe('September');
    expect(longDayWords('2026-12-05', 'en-US')).toBe('Saturday, December 5');
  });
});
