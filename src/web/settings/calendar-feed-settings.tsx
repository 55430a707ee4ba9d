import { useState } from 'react';
import {
  type CreatedCalendarFeed,
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../api/comes-to-you.js';
import { timestampDayWords, timestampWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { ShownOnceLink } from '../components/shown-once-link.js';

/** The calendar feed: turn on, copy the link (shown once), replace it, turn off; and what it holds. */
export function CalendarFeedSettings() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const make = (rotate: boolean) => create.mutate(rotate, { onSuccess: setCreated });
  const status = feed.data;
  return (
    <section className="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar feed</h2>
      <p className="muted">
        Subscribe to kith from your calendar (Google Calendar, Apple Calendar, Thunderbird, khal): it checks back every
        hour.
      </p>
      {status ? <p className="small">{status.contains}</p> : null}
      <ErrorMessage error={feed.error ?? create.error ?? revoke.error} />
      {created ? (
        <ShownOnceLink key={created.url} url={created.url}>
          Copy this link into your calendar now; it is not shown again:
        </ShownOnceLink>
      ) : null}
      {status?.enabled && status.createdAt ? (
        <p className="small muted">
          On since {timestampDayWords(status.createdAt)}
          {status.lastFetchedAt
            ? `; a calendar last read it ${timestampWords(status.lastFetchedAt)}`
            : '; no calendar has read it yet'}
        </p>
      ) : null}
      {status ? (
        <div className="actions">
          {status.enabled ? (
            <>
              <button type="button" className="button" disabled={create.isPending} onClick={() => make(true)}>
                New link
              </button>
              <button
                type="button"
                className="button danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(undefined, { onSuccess: () => setCreated(null) })}
              >
                Turn off
              </button>
            </>
          ) : (
            <button type="button" className="button primary" disabled={create.isPending} onClick={() => make(false)}>
              Turn on the calendar feed
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
