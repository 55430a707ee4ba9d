import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { parseInput } from '../shared/validate.js';
import { type TimelineEntry, type TimelineQuery, timelineQuerySchema } from './schema.js';
import { meetingWords, type TimelineSource, timelineSources } from './sources.js';

/** Newest first: by local day, then by time within it. */
export function mergeTimeline(lists: readonly TimelineEntry[][], limit: number): TimelineEntry[] {
  return lists
    .flat()
    .sort((a, b) => (a.on === b.on ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.on < b.on ? 1 : -1))
    .slice(0, limit);
}

/**
 * The record's "met" entry is left out when an interaction already tells that meeting:
 * on the day you met, saying how you met. Meeting someone new at an event sets both
 * ("Met at Logistics World", on the meeting's day), and one meeting is shown once.
 */
export function withoutRepeatedMeeting(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const told = new Set(
    entries
      .filter((entry) => entry.kind === 'interaction')
      .map((entry) => `${entry.on} ${meetingWords(entry.summary)}`),
  );
  return entries.filter((entry) => entry.kind !== 'met' || !told.has(`${entry.on} ${entry.summary}`));
}

/** A person's timeline: interactions, how you met, notes, and what other features add, newest first. */
export async function getTimeline(
  deps: Deps,
  personId: string,
  query: TimelineQuery = {},
  sources: readonly TimelineSource[] = timelineSources,
): Promise<TimelineEntry[]> {
  const { limit } = parseInput(timelineQuerySchema, query);
  const person = await getPerson(deps, personId);
  const { timeZone } = await userClock(deps.repos, deps.now());
  const lists = await Promise.all(sources.map((source) => source({ repos: deps.repos, person, timeZone, limit })));
  return mergeTimeline([withoutRepeatedMeeting(lists.flat())], limit);
}
