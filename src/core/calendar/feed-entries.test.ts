import { describe, expect, it } from 'vitest';
import { sequenceOf } from '../../formats/ical-feed.js';
import { feedEntries } from './feed-entries.js';
import type { FeedSources } from './schema.js';

const empty: FeedSources = { birthdays: [], occasions: [], reminders: [], events: [], followUps: [] };

describe('calendar feed entries', () => {
  it('puts a birthday this year and next with the age, 29 February on the 28th in other years', () => {
    const entries = feedEntries(
      {
        ...empty,
        birthdays: [
          { personId: 'p1', name: 'Ada', birthday: '1990-03-04', updatedAt: '2026-01-01T00:00:00Z' },
          { personId: 'p2', name: 'Leap', birthday: '--02-29', updatedAt: '2026-01-01T00:00:00Z' },
        ],
      },
      '2026-06-01',
    );
    expect(entries.map((entry) => [entry.uid, entry.start, entry.end, entry.summary])).toEqual([
      ['birthday-p2-2026', '2026-02-28', '2026-03-01', "Leap's birthday"],
      ['birthday-p1-2026', '2026-03-04', '2026-03-05', "Ada's birthday (36)"],
      ['birthday-p2-2027', '2027-02-28', '2027-03-01', "Leap's birthday"],
      ['birthday-p1-2027', '2027-03-04', '2027-03-05', "Ada's birthday (37)"],
    ]);
  });

  it('gives events their days, place and talk, and one follow-up the day after with the names met', () => {
    const entries = feedEntries(
      {
        ...empty,
        events: [
          {
            id: 'e1',
            name: 'RustConf',
            startsOn: '2026-06-10',
            endsOn: '2026-06-11',
            location: 'Montreal',
            role: 'speaker',
            talkTitle: 'Ownership',
            url: null,
            updatedAt: '2026-05-01T00:00:00Z',
          },
        ],
        followUps: [
          { eventId: 'e0', eventName: 'Meetup', metOn: '2026-05-30', personName: 'Zoe' },
          { eventId: 'e0', eventName: 'Meetup', metOn: '2026-05-30', personName: 'Bo' },
        ],
      },
      '2026-06-01',
    );
    expect(entries).toMatchObject([
      {
        uid: 'follow-up-e0',
        start: '2026-05-31',
        summary: 'Follow up with people met at Meetup',
        description: 'Bo, Zoe',
      },
      {
        uid: 'event-e1',
        start: '2026-06-10',
        end: '2026-06-12',
        summary: 'RustConf (speaking)',
        location: 'Montreal',
        description: 'You are speaking\nYour talk: Ownership',
      },
    ]);
  });

  it('numbers revisions so that a later edit always has a larger SEQUENCE', () => {
    expect(sequenceOf('2026-06-01T00:00:01Z')).toBeGreaterThan(sequenceOf('2026-06-01T00:00:00Z'));
    expect(sequenceOf('2020-01-01T00:00:00Z')).toBe(0);
  });
});
