import { timingSafeEqual } from 'node:crypto';
import { writeCalendarFeed } from '../../formats/ical-feed.js';
import type { AccountDeps } from '../auth/repo.js';
import { hashSecret } from '../auth/secrets.js';
import { KithError } from '../errors.js';
import { pendingFollowUps } from '../events/follow-ups.js';
import { userClock } from '../settings/user-clock.js';
import { addDays } from '../shared/dates.js';
import { feedEntries } from './feed-entries.js';
import { parseFeedName } from './feed-link.js';
import type { FeedSources } from './schema.js';

/** "Last fetched" is written at most this often, so a calendar polling the feed does not write each time. */
const MARK_FETCHED_EVERY_MS = 60 * 60 * 1000;
/** Planned events stay in the feed this long after they start. */
const PAST_EVENT_DAYS = 90;

const notFound = () => new KithError('NOT_FOUND', 'No calendar feed here');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The iCalendar text of the feed named `<ownerId>.<secret>.ics`, and its ETag. A
 * malformed, wrong or revoked secret is NOT_FOUND, the same answer as no feed at all.
 * The same data gives the same bytes (no stamp from the clock), so the server's ETag
 * answers a calendar's If-None-Match with 304.
 */
export async function readCalendarFeed(deps: AccountDeps, fileName: string): Promise<string> {
  const parsed = parseFeedName(fileName);
  if (!parsed) throw notFound();
  const user = await deps.repos.users.get(parsed.ownerId);
  if (!user) throw notFound();
  const repos = deps.repos.forOwner(parsed.ownerId);
  const feed = await repos.calendar.getFeed();
  if (!feed || !sameHash(feed.secretHash, hashSecret(parsed.secret))) throw notFound();

  const now = deps.now();
  const { today } = await userClock(repos, now);
  const [birthdays, occasions, reminders, events, followUps] = await Promise.all([
    repos.calendar.birthdays(),
    repos.calendar.occasions(),
    repos.reminders.listOpen({}),
    repos.events.list({ status: 'planned', from: addDays(today, -PAST_EVENT_DAYS), limit: 1000 }),
    pendingFollowUps(repos),
  ]);
  const sources: FeedSources = {
    birthdays,
    occasions,
    reminders: reminders.map((reminder) => ({
      id: reminder.id,
      text: reminder.text,
      personName: reminder.personName,
      dueOn: reminder.snoozedUntil ?? reminder.dueOn,
      updatedAt: reminder.updatedAt,
    })),
    events: events.map((event) => ({
      id: event.id,
      name: event.name,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      location: event.location,
      role: event.role,
      talkTitle: event.talkTitle,
      url: event.url,
      updatedAt: event.updatedAt,
    })),
    followUps: followUps.map((followUp) => ({
      eventId: followUp.eventId,
      eventName: followUp.eventName,
      metOn: followUp.metOn,
      personName: followUp.personName,
    })),
  };
  const body = writeCalendarFeed('kith', feedEntries(sources, today));
  if (!(now.getTime() - Date.parse(feed.lastFetchedAt ?? '') < MARK_FETCHED_EVERY_MS)) {
    await repos.calendar.markFetched(now.toISOString());
  }
  return body;
}
