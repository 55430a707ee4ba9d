import type { TodaySignalSource } from '../keep-in-touch/signals.js';
import type { OwnerRepos } from '../repos.js';
import { addDays } from '../shared/dates.js';
import { pendingFollowUps } from './follow-ups.js';

/** How far ahead an event you will both attend is worth a mention. */
const SHARED_EVENT_DAYS = 7;
/**
 * How long after an event the daily list proposes following up with the people met
 * there: while the meeting is fresh. Older open follow-ups stay listed with the event
 * (`kith events followups`, the event page) but no longer crowd out everyone else.
 */
const FOLLOW_UP_FRESH_DAYS = 30;

/**
 * What events feed the daily list: open follow-ups with people you met at an event that
 * ended in the last month, and planned events in the coming week where someone you know
 * will be too.
 */
export const eventSignals: TodaySignalSource = async (repos, today) => {
  const [followUps, { events, links }] = await Promise.all([
    pendingFollowUps(repos, { endedOnOrAfter: addDays(today, -FOLLOW_UP_FRESH_DAYS) }),
    sharedEventLinks(repos, today),
  ]);
  return {
    followUps: followUps.map(({ personId, eventName, metOn, dueOn }) => ({ personId, eventName, metOn, dueOn })),
    sharedEvents: links.flatMap((link) => {
      const event = events.get(link.eventId);
      return event ? [{ personId: link.personId, eventName: event.name, startsOn: event.startsOn }] : [];
    }),
  };
};

/** Planned events in the coming week, and who you know will be at each. */
async function sharedEventLinks(repos: OwnerRepos, today: string) {
  const upcoming = await repos.events.list({
    status: 'planned',
    from: today,
    to: addDays(today, SHARED_EVENT_DAYS),
    limit: 1000,
  });
  const events = new Map(upcoming.map((event) => [event.id, event]));
  return { events, links: await repos.events.links({ eventIds: [...events.keys()] }) };
}
