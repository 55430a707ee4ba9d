import { hashSecret, newSecret } from '../auth/secrets.js';
import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { feedPath } from './feed-link.js';
import { type CreatedCalendarFeed, FEED_CONTAINS } from './schema.js';

/**
 * Turns the feed on with a new 128-bit secret, shown in this answer only. With `rotate`,
 * an existing link is replaced (the old one is 404 from now on); without it, an existing
 * link is an error, since it cannot be shown again.
 */
export async function createCalendarFeed(
  deps: Deps,
  { rotate, baseUrl }: { rotate: boolean; baseUrl: string },
): Promise<CreatedCalendarFeed> {
  return deps.repos.transaction(async (repos) => {
    if (!rotate && (await repos.calendar.getFeed())) {
      throw new KithError(
        'ALREADY_EXISTS',
        'Your calendar feed is on, and its link was shown when it was made; rotate it to get a new link',
      );
    }
    const secret = newSecret(16);
    const createdAt = deps.now().toISOString();
    await repos.calendar.saveFeed({ secretHash: hashSecret(secret), createdAt });
    const path = feedPath(repos.ownerId, secret);
    return {
      enabled: true,
      createdAt,
      lastFetchedAt: null,
      contains: FEED_CONTAINS,
      path,
      url: `${baseUrl.replace(/\/+$/, '')}${path}`,
    };
  });
}
