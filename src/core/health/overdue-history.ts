import { effectiveCadence } from '../keep-in-touch/cadence.js';
import type { Tier } from '../people/schema.js';
import type { Settings } from '../settings/schema.js';
import { addDays } from '../shared/dates.js';
import type { OverdueDay } from './schema.js';

/** A person as the history sees them. Dates are local YYYY-MM-DD. */
export type HistoryPerson = {
  tier: Tier;
  cadenceDays: number | null;
  /** The day they were added to kith: before it they are not counted; never contacted, their clock starts here. */
  addedOn: string;
  /** Every day an interaction with them happened, sorted ascending. */
  contactDays: readonly string[];
};

/**
 * The days to measure: the last day of each of the `months - 1` months before `today`'s
 * month, oldest first, then `today` itself.
 */
export function monthEnds(today: string, months = 12): string[] {
  const days: string[] = [];
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  for (let back = months - 1; back >= 1; back--) {
    // Day 0 of month m+1 is the last day of month m; Date.UTC handles months below 1.
    const end = new Date(Date.UTC(year, month - back, 0));
    days.push(end.toISOString().slice(0, 10));
  }
  days.push(today);
  return days;
}

/** The latest day in a sorted list that is on or before `day`, or null. */
function latestOnOrBefore(days: readonly string[], day: string): string | null {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? '') <= day) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (days[low - 1] ?? null) : null;
}

/**
 * For each day, among people with a cadence who had been added by then, how many were
 * overdue: their last interaction on or before that day (else the day they were added)
 * was at least their cadence earlier, which is when the daily list starts proposing
 * them. Current tiers and cadences stand in for past ones, which are not recorded.
 */
export function overdueHistory(input: {
  days: readonly string[];
  people: readonly HistoryPerson[];
  cadences: Settings['cadences'];
}): OverdueDay[] {
  const tracked = input.people.flatMap((person) => {
    const cadence = effectiveCadence(person, input.cadences);
    return cadence === null ? [] : [{ person, cadence }];
  });
  return input.days.map((day) => {
    // Overdue when the clock started on or before `day` minus the cadence: dates compare
    // as strings, so each distinct cadence costs one date computation per day, not per person.
    const dueBy = new Map<number, string>();
    let people = 0;
    let overdue = 0;
    for (const { person, cadence } of tracked) {
      if (person.addedOn > day) continue;
      people += 1;
      const start = latestOnOrBefore(person.contactDays, day) ?? person.addedOn;
      let latestStart = dueBy.get(cadence);
      if (latestStart === undefined) {
        latestStart = addDays(day, -cadence);
        dueBy.set(cadence, latestStart);
      }
      if (start <= latestStart) overdue += 1;
    }
    return { on: day, people, overdue, share: people === 0 ? null : Math.round((overdue / people) * 1000) / 1000 };
  });
}
