import type { OverdueDay } from '../api/health.js';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** "end of March 2026" for a month end, "today (15 June 2026)" for the last day. */
function when(day: OverdueDay, last: boolean): string {
  const date = new Date(`${day.on}T00:00:00Z`);
  return last ? `today (${dayFormat.format(date)})` : `end of ${longFormat.format(date)}`;
}

/**
 * Columns of the share overdue at each month end and today. Screen readers get every
 * figure from the label; the same figures are in a table for anyone who wants numbers.
 */
export function OverdueChart({ days }: { days: readonly OverdueDay[] }) {
  const described = days.map(
    (day, index) => `${when(day, index === days.length - 1)}: ${percent(day.share)} (${day.overdue} of ${day.people})`,
  );
  return (
    <figure className="overdue-chart">
      <div className="columns" role="img" aria-label={`Share of people overdue. ${described.join('; ')}.`}>
        {days.map((day, index) => (
          <div className="column" key={day.on} aria-hidden="true">
            <span className="column-value">
              {day.share === null ? '–' : Math.round(day.share * 100)}
              {day.share === null ? null : <span className="unit">%</span>}
            </span>
            <span className="column-track">
              <span className="column-bar" style={{ height: `${(day.share ?? 0) * 100}%` }} />
            </span>
            <span className="column-label">
              {index === days.length - 1 ? 'now' : monthFormat.format(new Date(`${day.on}T00:00:00Z`))}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="small muted">
        Of the people with a cadence, the percentage you were overdue with at each month end. Worked out from when you
        spoke and when each person was added, with today’s tiers and cadences.
      </figcaption>
      <details className="small">
        <summary>Figures</summary>
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Overdue</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.on}>
                <td>{day.on}</td>
                <td>
                  {day.overdue} of {day.people}
                </td>
                <td>{percent(day.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
