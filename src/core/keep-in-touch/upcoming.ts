import { daysBetween, nextOccasionDate } from '../shared/dates.js';
import type { UpcomingOccasion } from './schema.js';

export type YearlyDate = { personId: string; personName: string; label: string; date: string };

/**
 * The yearly dates (YYYY-MM-DD or --MM-DD) that fall within `days` of today, each on
 * its next date, soonest first, then by name.
 */
export function upcomingOccasions(today: string, days: number, dates: readonly YearlyDate[]): UpcomingOccasion[] {
  return dates
    .map((entry) => {
      const date = nextOccasionDate(entry.date, today);
      return { ...entry, date, inDays: daysBetween(today, date) };
    })
    .filter((entry) => entry.inDays <= days)
    .sort((a, b) => a.inDays - b.inDays || a.personName.localeCompare(b.personName) || a.label.localeCompare(b.label));
}
