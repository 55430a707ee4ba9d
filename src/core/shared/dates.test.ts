import { describe, expect, it } from 'vitest';
import {
  addDuration,
  agoWords,
  daysBetween,
  isDuration,
  localDateOf,
  nextOccasionDate,
  whenWords,
  zonedTimeToInstant,
} from './dates.js';

describe('dates', () => {
  it('reads an instant as a local date, 23:30 local staying on its day', () => {
    expect(localDateOf(new Date('2026-03-01T23:30:00-05:00'), 'America/New_York')).toBe('2026-03-01');
    expect(localDateOf(new Date('2026-03-01T23:30:00-05:00'), 'UTC')).toBe('2026-03-02');
  });

  it('turns a wall-clock time in a zone into its instant, across daylight saving', () => {
    expect(zonedTimeToInstant('2026-03-01T23:30', 'America/New_York').toISOString()).toBe('2026-03-02T04:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-01T23:30', 'America/New_York').toISOString()).toBe('2026-07-02T03:30:00.000Z');
    expect(zonedTimeToInstant('2026-03-01', 'Asia/Tokyo').toISOString()).toBe('2026-02-28T15:00:00.000Z');
  });

  it('counts days and words', () => {
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(whenWords('2026-03-13', '2026-03-10')).toBe('on Friday');
    expect(whenWords('2026-03-20', '2026-03-10')).toBe('on 2026-03-20');
    expect(agoWords('2026-03-09', '2026-03-10')).toBe('yesterday');
  });

  it('finds the next occasion, rolling into next year', () => {
    expect(nextOccasionDate('--01-02', '2026-12-30')).toBe('2027-01-02');
    expect(nextOccasionDate('1990-12-30', '2026-12-30')).toBe('2026-12-30');
  });

  it('adds durations, keeping month ends real', () => {
    expect(isDuration('2w')).toBe(true);
    expect(isDuration('2 weeks')).toBe(true);
    expect(isDuration('soon')).toBe(false);
    expect(addDuration('2026-03-01', '2w')).toBe('2026-03-15');
    expect(addDuration('2026-01-31', '1m')).toBe('2026-02-28');
    expect(addDuration('2026-03-01', '10d')).toBe('2026-03-11');
    expect(addDuration('2024-02-29', '1y')).toBe('2025-02-28');
  });
});
