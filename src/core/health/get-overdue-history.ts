import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { type HistoryPerson, monthEnds, overdueHistory } from './overdue-history.js';
import { type OverdueHistory, type OverdueHistoryQuery, overdueHistoryQuerySchema } from './schema.js';

/**
 * The share of people overdue at each month end of the last year and today, computed
 * from what is stored (interaction days, the day each person was added), so an imported
 * or restored network has its history at once. ADR 0011 says why no snapshots.
 */
export async function getOverdueHistory(deps: Deps, query: OverdueHistoryQuery = {}): Promise<OverdueHistory> {
  const { asOf } = parseInput(overdueHistoryQuerySchema, query);
  const { settings, timeZone, today } = await userClock(deps.repos, deps.now());
  const [rows, contacts] = await Promise.all([deps.repos.health.peopleForHistory(), deps.repos.health.contactDays()]);
  const daysByPerson = new Map<string, string[]>();
  for (const contact of contacts) {
    const list = daysByPerson.get(contact.personId);
    if (list) list.push(contact.on);
    else daysByPerson.set(contact.personId, [contact.on]);
  }
  // People arrive in batches (an import adds thousands in a minute), and every zone's
  // offset is whole minutes: one zone lookup per minute instead of one per person.
  const dayOfMinute = new Map<string, string>();
  const addedOn = (createdAt: string) => {
    const minute = createdAt.slice(0, 16);
    let day = dayOfMinute.get(minute);
    if (day === undefined) {
      day = localDateOf(new Date(createdAt), timeZone);
      dayOfMinute.set(minute, day);
    }
    return day;
  };
  const people: HistoryPerson[] = rows.map((row) => ({
    tier: row.tier,
    cadenceDays: row.cadenceDays,
    addedOn: addedOn(row.createdAt),
    contactDays: daysByPerson.get(row.id) ?? [],
  }));
  const days = overdueHistory({ days: monthEnds(asOf ?? today), people, cadences: settings.cadences });
  return { days, basis: 'history' };
}
