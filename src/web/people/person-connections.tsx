import { Link } from 'wouter';
import { usePersonEvents, usePersonOrganizations, words } from '../api/events.js';
import { useSuggestedItems } from '../api/give.js';
import { dayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { oneLine } from '../components/one-line.js';

/** Where you know someone from: the events you met them at or they attend, and their organizations. */
export function PersonContext({ personId }: { personId: string }) {
  const events = usePersonEvents(personId);
  const organizations = usePersonOrganizations(personId);
  const eventItems = events.data?.items ?? [];
  const organizationItems = organizations.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="context-title">
      <h2 id="context-title">Events and organizations</h2>
      <ErrorMessage error={events.error ?? organizations.error} />
      {events.isPending || organizations.isPending ? <p className="muted small">Loading…</p> : null}
      {events.data && organizations.data && eventItems.length === 0 && organizationItems.length === 0 ? (
        <p className="muted small">
          Not linked to any event or organization yet. Add them from an <Link href="/events">event</Link> or an{' '}
          <Link href="/organizations">organization</Link>.
        </p>
      ) : null}
      {eventItems.length > 0 ? (
        <ul className="plain-list" aria-label="Events">
          {eventItems.map(({ event, link, metOn }) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>{event.name}</Link>{' '}
              <span className="muted small">
                {metOn ? `${dayWords(metOn)} · met there` : `${dayWords(event.startsOn)} · attending`}
                {link.note ? ` · ${oneLine(link.note)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {organizationItems.length > 0 ? (
        <ul className="plain-list" aria-label="Organizations">
          {organizationItems.map(({ organization, affiliation }) => (
            <li key={organization.id}>
              <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>{' '}
              <span className="muted small">
                {[affiliation.role, words(organization.kind), affiliation.current ? null : 'formerly']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The owner's items this person would value, with the reasons; sending one happens on the item's page. */
export function SuggestedItems({ personId }: { personId: string }) {
  const suggestions = useSuggestedItems(personId);
  return (
    <section className="panel" aria-labelledby="suggested-title">
      <h2 id="suggested-title">Items they would value</h2>
      <ErrorMessage error={suggestions.error} />
      {suggestions.data?.length === 0 ? (
        <p className="muted small">
          Nothing you saved matches them yet. <Link href="/give">Add an article or job</Link>.
        </p>
      ) : null}
      {suggestions.data && suggestions.data.length > 0 ? (
        <ul className="plain-list" aria-label="Items they would value">
          {suggestions.data.map(({ item, reasons }) => (
            <li key={item.id}>
              <Link href={`/give/items/${item.id}`}>{item.title}</Link>{' '}
              <span className="muted small">{reasons.join('; ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
