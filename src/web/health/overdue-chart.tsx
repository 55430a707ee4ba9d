import type { OverduePoint } from '../api/health.js';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** "end of March 2026" for a month end, "today (15 June 2026)" for the last point. */
function when(point: OverduePoint, last: boolean): string {
  const date = new Date(`${point.on}T00:00:00Z`);
  return last ? `today (${dayFormat.format(date)})` : `end of ${longFormat.format(date)}`;
}

/**
 * Columns of the share overdue at each month end and today. Screen readers get every
 * figure from the label; the same figures are in a table for anyone who wants numbers.
 */
export function OverdueChart({ points }: { points: readonly OverduePoint[] }) {
  const described = points.map(
    (point, index) =>
      `${when(point, index === points.length - 1)}: ${percent(point.share)} (${point.overdue} of ${point.people})`,
  );
  return (
    <figure className="overdue-chart">
      <div className="columns" role="img" aria-label={`Share of people overdue. ${described.join('; ')}.`}>
        {points.map((point, index) => (
          <div className="column" key={point.on} aria-hidden="true">
            <span className="column-value">
              {point.share === null ? '–' : Math.round(point.share * 100)}
              {point.share === null ? null : <span className="unit">%</span>}
            </span>
            <span className="column-track">
              <span className="column-bar" style={{ height: `${(point.share ?? 0) * 100}%` }} />
            </span>
            <span className="column-label">
              {index === points.length - 1 ? 'now' : monthFormat.format(new Date(`${point.on}T00:00:00Z`))}
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
            {points.map((point) => (
              <tr key={point.on}>
                <td>{point.on}</td>
                <td>
                  {point.overdue} of {point.people}
                </td>
                <td>{percent(point.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
