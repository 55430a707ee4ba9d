import { describe, expect, it } from 'vitest';
import {
  dayRangeWords,
  dayWords,
  localToday,
  longDayWords,
  monthNames,
  timestampDayWords,
  timestampWords,
  yearlyDate,
  yearlyDateParts,
  yearlyDateProblem,
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

  it('read a timestamp as the day it falls on here, and with its time', () => {
    // Noon on Mar 1 in the zone the tests run in, whichever that is.
    const noonHere = new Date(2019, 2, 1, 12).toISOString();
    expect(timestampDayWords(noonHere, 'en-US')).toBe('Mar 1, 2019');
    expect(timestampWords(noonHere, 'en-US').replace(/\u202f/g, ' ')).toBe('Mar 1, 2019, 12:00 PM');
  });
});

describe('a yearly date in parts', () => {
  it('splits and joins the dates the API keeps, with and without a year', () => {
    expect(yearlyDateParts('--09-01')).toEqual({ month: '09', day: '1', year: '' });
    expect(yearlyDateParts('1988-11-03')).toEqual({ month: '11', day: '3', year: '1988' });
    expect(yearlyDateParts('11/03')).toEqual({ month: '', day: '', year: '' });
    expect(yearlyDate({ month: '09', day: '1', year: '' })).toBe('--09-01');
    expect(yearlyDate({ month: '11', day: ' 3 ', year: '1988' })).toBe('1988-11-03');
    expect(yearlyDate({ month: '02', day: '29', year: '' })).toBe('--02-29');
  });

  it('names the part to fix first: month, then day, then a year of four digits', () => {
    expect(yearlyDateProblem({ month: '', day: '', year: '' })?.part).toBe('month');
    expect(yearlyDateProblem({ month: '03', day: 'x', year: '' })?.part).toBe('day');
    expect(yearlyDateProblem({ month: '03', day: '4', year: '88' })?.text).toBe('Year: four digits, as 2019, or none.');
    expect(yearlyDateProblem({ month: '03', day: '4', year: '' })).toBeNull();
    expect(yearlyDateProblem({ month: '03', day: '4', year: '1988' })).toBeNull();
  });
});
