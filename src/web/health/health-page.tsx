import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client.js';
import { useSources } from '../api/events.js';
import { useOverdueHistory } from '../api/health.js';
import type { Interaction } from '../api/keep-in-touch.js';
import { type Page, type Person, type Tier, tiers } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { OverdueChart } from './overdue-chart.js';

/** Counts per tier, paging through everyone once (a thousand at a time). */
function usePeoplePerTier() {
  return useQuery({
    queryKey: ['people', 'per-tier'],
    queryFn: async ({ signal }) => {
      const counts: Record<Tier, number> = { inner: 0, close: 0, regular: 0, acquaintance: 0 };
      let cursor: string | undefined;
      do {
        const page: Page<Person> = await request('GET', '/people', { query: { limit: 1000, cursor }, signal });
        for (const person of page.items) counts[person.tier] += 1;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return counts;
    },
  });
}

/** The last twelve months of interactions, counted by month (from the latest thousand). */
function useInteractionsPerMonth() {
  return useQuery({
    queryKey: ['interactions', 'per-month'],
    queryFn: async ({ signal }) => {
      const { items } = await request<{ items: Interaction[] }>('GET', '/interactions', {
        query: { limit: 1000 },
        signal,
      });
      const months: { month: string; count: number }[] = [];
      const now = new Date();
      for (let back = 11; back >= 0; back--) {
        const date = new Date(now.getFullYear(), now.getMonth() - back, 1);
        months.push({ month: `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`, count: 0 });
      }
      for (const interaction of items) {
        const month = months.find((entry) => entry.month === interaction.occurredOn.slice(0, 7));
        if (month) month.count += 1;
      }
      return months;
    },
  });
}

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
  const perTier = usePeoplePerTier();
  const perMonth = useInteractionsPerMonth();
  const sources = useSources();
  const overdue = useOverdueHistory();
  const nobody = overdue.data?.days.every((day) => day.people === 0);
  return (
    <section className="page" aria-labelledby="health-title">
      <h1 id="health-title">Network health</h1>
      <div className="health-grid">
        <section className="panel" aria-labelledby="tier-title">
          <h2 id="tier-title">People per tier</h2>
          <ErrorMessage error={perTier.error} />
          {perTier.data ? (
            <Bars
              label="People per tier"
              rows={tiers.map((tier) => ({ key: tier, label: tier, value: perTier.data[tier] }))}
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
          <ErrorMessage error={perMonth.error} />
          {perMonth.data ? (
            <Bars
              label="Interactions per month"
              rows={perMonth.data.map((entry) => ({ key: entry.month, label: entry.month, value: entry.count }))}
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
