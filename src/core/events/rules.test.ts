import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../shared/dates.js';
import { checkEvent, followUpDueOn, lastDay } from './rules.js';

describe('checkEvent', () => {
  it('accepts a consistent event and a speaker with a talk title', () => {
    expect(() =>
      checkEvent({ startsOn: '2026-03-10', endsOn: '2026-03-12', role: 'speaker', talkTitle: 'Flow' }),
    ).not.toThrow();
    expect(() => checkEvent({ startsOn: '2026-03-10', endsOn: null, role: 'attendee', talkTitle: null })).not.toThrow();
  });

  it('rejects an end before the start, naming both dates', () => {
    expect(() =>
      checkEvent({ startsOn: '2026-03-10', endsOn: '2026-03-09', role: 'attendee', talkTitle: null }),
    ).toThrow('endsOn: must not be before the start (2026-03-10)');
  });

  it('rejects a talk title when you are not the speaker', () => {
    expect(() => checkEvent({ startsOn: '2026-03-10', endsOn: null, role: 'attendee', talkTitle: 'Flow' })).toThrow(
      /talkTitle/,
    );
  });
});

describe('follow-up dates', () => {
  it('falls due the window after the last day of the event', () => {
    expect(lastDay({ startsOn: '2026-03-10', endsOn: null })).toBe('2026-03-10');
    expect(followUpDueOn({ startsOn: '2026-03-10', endsOn: '2026-03-12' }, 2)).toBe('2026-03-14');
    expect(followUpDueOn({ startsOn: '2026-02-27', endsOn: null }, 2)).toBe('2026-03-01');
    expect(followUpDueOn({ startsOn: '2026-12-31', endsOn: null }, 0)).toBe('2026-12-31');
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });
});
