import { useSources } from '../api/events.js';
import { useNetworkTotals, useOverdueHistory } from '../api/health.js';
import { monthWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { OverdueChart } from './overdue-chart.js';
import './health-page.css';

/** A horizontal bar chart in plain HTML: readable by screen readers as a list of values. */
function Bars({ label, rows }: { label: string; rows: { key: string; label: string; value: number }[] }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <ul className="bars" aria-label={label}>
      {rows.map((row) => (
        <li key={row.key}>
          <span className="bar-label">{row.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar" style={{ width: `${(row.value / max) * 100}%` }} />
          </span>
          <span className="bar-value">{row.value}</span>
        </li>
      ))}
    </ul>
  );
}

export function HealthPage() {
  const totals = useNetworkTotals();
  const sources = useSources();
  const overdue = useOverdueHistory();
  const nobody = overdue.data?.days.every((day) => day.people === 0);
  return (
    <section className="page" aria-labelledby="health-title">
      <h1 id="health-title">Network health</h1>
      <div className="health-grid">
        <section className="panel" aria-labelledby="tier-title">
          <h2 id="tier-title">People per tier</h2>
          <ErrorMessage error={totals.error} />
          {totals.data ? (
            <Bars
              label="People per tier"
              rows={totals.data.perTier.map((entry) => ({ key: entry.tier, label: entry.tier, value: entry.count }))}
            />
          ) : null}
        </section>
        <section className="panel" aria-labelledby="overdue-title">
          <h2 id="overdue-title">Share overdue over time</h2>
          <ErrorMessage error={overdue.error} />
          {nobody ? (
            <p className="muted">Give people a tier with a cadence (inner, close or regular) to see this.</p>
          ) : null}
          {overdue.data && !nobody ? <OverdueChart days={overdue.data.days} /> : null}
        </section>
        <section className="panel" aria-labelledby="month-title">
          <h2 id="month-title">Interactions per month</h2>
          <ErrorMessage error={totals.error} />
          {totals.data ? (
            <Bars
              label="Interactions per month"
              rows={totals.data.perMonth.map((entry) => ({
                key: entry.month,
                label: monthWords(entry.month),
                value: entry.count,
              }))}
            />
          ) : null}
        </section>
        <section className="panel" aria-labelledby="sources-title">
          <h2 id="sources-title">Where your network comes from</h2>
          <ErrorMessage error={sources.error} />
          {sources.data?.sources.length === 0 ? (
            <p className="muted">Link people to the events and organizations where you met them to see this.</p>
          ) : null}
          {sources.data && sources.data.sources.length > 0 ? (
            <Bars
              label="People introduced by each event and organization"
              rows={sources.data.sources.map((source) => ({
                key: `${source.kind}-${source.id}`,
                label: `${source.name} (${source.stillInTouch} in touch)`,
                value: source.introduced,
              }))}
            />
          ) : null}
        </section>
      </div>
    </section>
  );
}
