import { useSettings, useTimeline } from '../api/keep-in-touch.js';
import type { Person } from '../api/people.js';
import { dayWords, localToday } from '../components/dates.js';

/** The local day `days` after `date` (YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * How often you aim to be in touch with this person and when it is next due (or since
 * when it is overdue): their own cadence or their tier's, counted from the last
 * interaction (else the day they were added).
 */
export function KeepInTouchLine({ person }: { person: Person }) {
  const settings = useSettings();
  const timeline = useTimeline(person.id);
  if (!settings.data || !timeline.data) return null;
  const cadence = person.cadenceDays ?? settings.data.cadences[person.tier] ?? null;
  if (!cadence) {
    return <p className="muted small keep-in-touch-line">No keep-in-touch cadence ({person.tier}): never due.</p>;
  }
  const last = timeline.data.items.find((entry) => entry.kind === 'interaction')?.on ?? person.createdAt.slice(0, 10);
  const own = person.cadenceDays !== null ? 'their own cadence' : `${person.tier} cadence`;
  const due = addDays(last, cadence);
  return (
    <p className="muted small keep-in-touch-line">
      Every {cadence} days ({own}) · {due < localToday() ? 'overdue since' : 'next due'}{' '}
      <strong>{dayWords(due)}</strong>
    </p>
  );
}
