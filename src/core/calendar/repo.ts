import type { FeedBirthday, FeedOccasion } from './schema.js';

export type StoredCalendarFeed = { secretHash: string; createdAt: string; lastFetchedAt: string | null };

/** The owner's one calendar feed (the hash of its secret) and the reads only the feed needs. */
export type CalendarRepo = {
  getFeed(): Promise<StoredCalendarFeed | undefined>;
  /** Creates or replaces the feed: the old secret stops working in the same write. */
  saveFeed(feed: { secretHash: string; createdAt: string }): Promise<void>;
  removeFeed(): Promise<boolean>;
  markFetched(at: string): Promise<void>;
  /** People not archived who have a birthday. */
  birthdays(): Promise<FeedBirthday[]>;
  /** Important dates of people not archived. */
  occasions(): Promise<FeedOccasion[]>;
};
