import * as z from 'zod';

/** Whether the owner has a feed, since when, and when a calendar last read it. Never the secret. */
export const calendarFeedStatusSchema = z.object({
  enabled: z.boolean(),
  createdAt: z.string().nullable(),
  lastFetchedAt: z.string().nullable(),
  /** In words, what the feed holds and what it never holds: shown beside the link. */
  contains: z.string(),
});
export type CalendarFeedStatus = z.output<typeof calendarFeedStatusSchema>;

export const createdCalendarFeedSchema = calendarFeedStatusSchema.extend({
  path: z.string().meta({ description: 'The feed path, secret included: shown only now' }),
  url: z.string().meta({ description: 'The whole feed URL to subscribe to, shown only now' }),
});
export type CreatedCalendarFeed = z.output<typeof createdCalendarFeedSchema>;

export const FEED_CONTAINS =
  'Birthdays and important dates (yearly, with the age when the year is known), reminders on their due day ' +
  '(membership renewals among them), the events you plan to attend or speak at (place and talk title), and a ' +
  'follow-up the day after an event with the names of the people you met there. Names only: no notes, emails, ' +
  'phone numbers or anything else about people.';

/** What the feed is built from: the few fields each entry needs, nothing else about people. */
export type FeedBirthday = { personId: string; name: string; birthday: string; updatedAt: string };
export type FeedOccasion = { id: string; personName: string; label: string; date: string; createdAt: string };
export type FeedReminder = {
  id: string;
  text: string;
  personName: string | null;
  dueOn: string;
  updatedAt: string;
};
export type FeedEvent = {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  location: string | null;
  role: string;
  talkTitle: string | null;
  url: string | null;
  updatedAt: string;
};
export type FeedFollowUp = { eventId: string; eventName: string; metOn: string; personName: string };

export type FeedSources = {
  birthdays: FeedBirthday[];
  occasions: FeedOccasion[];
  reminders: FeedReminder[];
  events: FeedEvent[];
  followUps: FeedFollowUp[];
};

export type { FeedEntry } from '../../formats/ical-feed.js';
