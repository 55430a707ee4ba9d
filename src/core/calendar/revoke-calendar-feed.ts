import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';

/** Turns the feed off: its link answers 404 from now on. */
export async function revokeCalendarFeed(deps: Deps): Promise<void> {
  if (!(await deps.repos.calendar.removeFeed())) {
    throw new KithError('NOT_FOUND', 'Your calendar feed is already off');
  }
}
