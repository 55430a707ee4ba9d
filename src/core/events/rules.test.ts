import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../shared/dates.js';
import { checkEvent, checkMeetingsWithin, followUpDueOn, lastDay, meetingDay } from './rules.js';

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

describe('meetingDay', () => {
  const event = { startsOn: '2026-12-03', endsOn: '2026-12-05' };

  it('is the day the meeting was recorded, within the event’s days', () => {
    expect(meetingDay(event, '2026-12-04')).toBe('2026-12-04');
    expect(meetingDay(event, '2026-12-06')).toBe('2026-12-05');
    expect(meetingDay(event, '2026-12-01')).toBe('2026-12-03');
    expect(meetingDay({ startsOn: '2026-12-03', endsOn: null }, '2026-12-09')).toBe('2026-12-03');
  });
});

describe('checkMeetingsWithin', () => {
  it('accepts dates that still hold every meeting', () => {
    expect(() => checkMeetingsWithin({ startsOn: '2026-12-01', endsOn: '2026-12-05' }, ['2026-12-05'])).not.toThrow();
  });

  it('refuses a start after a meeting, naming the day and how many people', () => {
    expect(() =>
      checkMeetingsWithin({ startsOn: '2027-03-01', endsOn: '2027-03-03' }, ['2026-12-05', '2026-12-05']),
    ).toThrow('startsOn: must not be after 2026-12-05: you met 2 people here that day');
    expect(() =>
      checkMeetingsWithin({ startsOn: '2026-12-05', endsOn: null }, ['2026-12-03', '2026-12-04', '2026-12-05']),
    ).toThrow('startsOn: must not be after 2026-12-03: you met 2 people here from that day');
  });

  it('refuses an end before a meeting, on the start of a one-day event', () => {
    expect(() => checkMeetingsWithin({ startsOn: '2026-12-03', endsOn: '2026-12-04' }, ['2026-12-05'])).toThrow(
      'endsOn: must not be before 2026-12-05: you met 1 person here that day',
    );
    expect(() => checkMeetingsWithin({ startsOn: '2026-12-03', endsOn: null }, ['2026-12-05'])).toThrow(
      'startsOn: must not be before 2026-12-05',
    );
  });
});
