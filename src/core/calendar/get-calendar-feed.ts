import type { Deps } from '../repos.js';
import { type CalendarFeedStatus, FEED_CONTAINS } from './schema.js';

/** Whether the owner's feed is on; its link cannot be shown again (only its hash is kept). */
export async function getCalendarFeed(deps: Deps): Promise<CalendarFeedStatus> {
  const feed = await deps.repos.calendar.getFeed();
  return {
    enabled: feed !== undefined,
    createdAt: feed?.createdAt ?? null,
    lastFetchedAt: feed?.lastFetchedAt ?? null,
    contains: FEED_CONTAINS,
  };
}
