import { describe, expect, it } from 'vitest';
import { renderDigest } from './render-digest.js';
import { digestDue, localMoment, MAX_ATTEMPTS, parseWeekdays, retryAfterFailure } from './rules.js';

describe('digest rules', () => {
  it('reads the local day, ISO weekday and hour in the user’s zone', () => {
    // 23:30 UTC on Sunday is already Monday 01:30 in Berlin (summer time).
    expect(localMoment(new Date('2026-05-31T23:30:00Z'), 'Europe/Berlin')).toEqual({
      day: '2026-06-01',
      weekday: 1,
      hour: 1,
    });
    expect(localMoment(new Date('2026-05-31T23:30:00Z'), 'America/New_York')).toEqual({
      day: '2026-05-31',
      weekday: 7,
      hour: 19,
    });
  });

  it('is due on a chosen weekday from the chosen hour on', () => {
    const settings = { hour: 8, weekdays: [1, 2, 3, 4, 5] };
    expect(digestDue(settings, { weekday: 1, hour: 7 })).toBe(false);
    expect(digestDue(settings, { weekday: 1, hour: 8 })).toBe(true);
    expect(digestDue(settings, { weekday: 1, hour: 23 })).toBe(true);
    expect(digestDue(settings, { weekday: 6, hour: 9 })).toBe(false);
  });

  it('waits longer after each failure, then gives up', () => {
    const at = new Date('2026-06-01T08:00:00Z');
    expect(retryAfterFailure(1, at)?.toISOString()).toBe('2026-06-01T08:01:00.000Z');
    expect(retryAfterFailure(4, at)?.toISOString()).toBe('2026-06-01T09:00:00.000Z');
    expect(retryAfterFailure(MAX_ATTEMPTS, at)).toBeNull();
  });

  it('reads weekdays as numbers, names and ranges, and refuses nonsense', () => {
    expect(parseWeekdays('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays('mon,wed,Friday')).toEqual([1, 3, 5]);
    expect(parseWeekdays('sat-sun')).toEqual([6, 7]);
    expect(parseWeekdays('fri-mon')).toBeUndefined();
    expect(parseWeekdays('someday')).toBeUndefined();
  });

  it('renders both parts with absolute links and escapes names in the HTML', () => {
    const digest = {
      date: '2026-06-01',
      timeZone: 'UTC',
      subject: 'kith: 1 person to reach out to today',
      sections: [{ title: 'Reach out today', items: [{ text: 'Ada <b>', details: ['overdue'], link: '/people/a1' }] }],
    };
    const rendered = renderDigest(digest, { baseUrl: 'https://k.example/', unsubscribeUrl: 'https://k.example/u' });
    expect(rendered.text).toContain('- Ada <b>\n    overdue\n    https://k.example/people/a1');
    expect(rendered.text).toContain('Stop these emails: https://k.example/u');
    expect(rendered.html).toContain('<a href="https://k.example/people/a1">Ada &#60;b&#62;</a>');
    expect(
      renderDigest({ ...digest, sections: [] }, { baseUrl: 'https://k.example', unsubscribeUrl: null }).text,
    ).toContain('Nothing is due today');
  });
});
