import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  addDuration,
  agoWords,
  daysBetween,
  isDuration,
  localDateOf,
  nextOccasionDate,
  systemTimeZone,
  whenWords,
  yearlyDateWords,
  zonedTimeToInstant,
} from './dates.js';

describe('dates', () => {
  it('reads an instant as a local date, 23:30 local staying on its day', () => {
    expect(localDateOf(new Date('2026-03-01T23:30:00-05:00'), 'America/New_York')).toBe('2026-03-01');
    expect(localDateOf(new Date('2026-03-01T23:30:00-05:00'), 'UTC')).toBe('2026-03-02');
  });

  it('reads a date in UTC without a formatter as the formatter does', () => {
    const formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let ms = Date.UTC(1000, 0, 2); ms < Date.UTC(9999, 11, 31); ms += 86_400_000 * 97.3) {
      for (const instant of [new Date(ms), new Date(ms - 1), new Date(Math.floor(ms / 86_400_000) * 86_400_000 - 1)]) {
        expect(localDateOf(instant, 'UTC')).toBe(formatter.format(instant));
      }
    }
  });

  it('names the system’s zone as Intl does, without Intl when it is UTC', () => {
    const zones = [
      'UTC',
      'Etc/UTC',
      'Universal',
      'Zulu',
      'UCT',
      'GMT',
      'Etc/GMT',
      'Africa/Abidjan',
      'Europe/London',
      'America/New_York',
      'Asia/Kolkata',
    ];
    const script = `import { systemTimeZone } from ${JSON.stringify(new URL('./dates.ts', import.meta.url).href)};
      process.stdout.write(JSON.stringify([systemTimeZone(), Intl.DateTimeFormat().resolvedOptions().timeZone]));`;
    for (const TZ of zones) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      });
      const [ours, intl] = JSON.parse(run.stdout || `["${run.stderr}"]`) as [string, string];
      expect([TZ, ours]).toEqual([TZ, intl]);
    }
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('turns a wall-clock time in a zone into its instant, across daylight saving', () => {
    expect(zonedTimeToInstant('2026-03-01T23:30', 'America/New_York').toISOString()).toBe('2026-03-02T04:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-01T23:30', 'America/New_York').toISOString()).toBe('2026-07-02T03:30:00.000Z');
    expect(zonedTimeToInstant('2026-03-01', 'Asia/Tokyo').toISOString()).toBe('2026-02-28T15:00:00.000Z');
  });

  it('counts days and words', () => {
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(whenWords('2026-03-13', '2026-03-10')).toBe('on Friday');
    expect(whenWords('2026-03-20', '2026-03-10')).toBe('on March 20');
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

describe('yearlyDateWords', () => {
  it('says a yearly date as a person reads it, with its year when known', () => {
    expect(yearlyDateWords('--04-15')).toBe('April 15');
    expect(yearlyDateWords('1988-11-03')).toBe('November 3, 1988');
    expect(yearlyDateWords('--02-29')).toBe('February 29');
    expect(yearlyDateWords('--13-01')).toBe('--13-01');
  });
});
