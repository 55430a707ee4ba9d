import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { type EventView, type KithEvent, useEvent } from '../api/events.js';
import { OFFLINE_NOT_KEPT } from '../components/loading.js';
import type { OutboxItem } from '../offline/outbox.js';
import { queueInteraction } from '../offline/queue-capture.js';

type EventPerson = EventView['people'][number];

/**
 * The event you are at, as it stands on this phone: who you planned to see, and who you
 * met so far (the server's list, plus captures still waiting in the outbox that the page
 * does not already list as just added). The service
 * worker keeps the last answer, so this reads offline too. A talk with someone you know
 * is logged from here, through the outbox.
 */
export function EventModePanel({ event, userId, outbox }: { event: KithEvent; userId: string; outbox: OutboxItem[] }) {
  const view = useEvent(event.id);
  const people = view.data?.people ?? [];
  const planned = people.filter((person) => person.relation === 'attending');
  const met = people.filter((person) => person.relation === 'met');
  const queued = outbox.filter((item) => item.eventId === event.id && item.kind === 'capture');
  // Offline, with no copy of the event on this phone, its lists are unknown, not empty.
  const unknown = view.data === undefined && view.fetchStatus === 'paused';
  return (
    <section className="event-people" aria-labelledby="event-people-title">
      <h2 id="event-people-title">At {event.name}</h2>
      {unknown ? <p className="muted small">{OFFLINE_NOT_KEPT}</p> : null}
      <h3>Planned to see</h3>
      {planned.length === 0 && !unknown ? <p className="muted">Nobody listed as attending.</p> : null}
      <ul className="plain-list" aria-label="Planned to see">
        {planned.map((person) => (
          <PlannedPerson
            key={person.id}
            person={person}
            event={event}
            userId={userId}
            talkWaiting={outbox.some(
              (item) => item.kind === 'interaction' && (item.body.personIds as string[]).includes(person.id),
            )}
          />
        ))}
      </ul>
      <h3>Met so far</h3>
      {met.length + queued.length === 0 && !unknown ? <p className="muted">Nobody yet.</p> : null}
      <ul className="plain-list" aria-label="Met so far">
        {queued.map((item) => (
          <li key={item.id}>
            {item.label} <span className="muted small">· {item.refused ? 'refused, see Sync' : 'waiting to sync'}</span>
          </li>
        ))}
        {met.map((person) => (
          <li key={person.id}>
            <Link href={`/people/${person.id}`}>{person.displayName}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Someone you planned to see, with a one-line log of what you talked about. */
function PlannedPerson(props: { person: EventPerson; event: KithEvent; userId: string; talkWaiting: boolean }) {
  const { person, event, userId, talkWaiting } = props;
  const [open, setOpen] = useState(false);
  const [logged, setLogged] = useState(false);
  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const summary = String(new FormData(submitted.currentTarget).get('summary') ?? '').trim();
    if (!summary) return;
    queueInteraction({ userId, people: [person], eventId: event.id, summary })
      .then(() => {
        setOpen(false);
        setLogged(true);
      })
      .catch(() => {});
  };
  return (
    <li className="planned-person">
      <div className="planned-line">
        <Link href={`/people/${person.id}`}>{person.displayName}</Link>
        {talkWaiting ? (
          <span className="muted small"> · talk waiting to sync</span>
        ) : logged ? (
          <span className="muted small"> · talk logged</span>
        ) : null}
        {open ? null : (
          <button
            type="button"
            className="button small"
            aria-label={`Log a talk with ${person.displayName}`}
            onClick={() => setOpen(true)}
          >
            Log a talk
          </button>
        )}
      </div>
      {open ? (
        <form className="inline-log" onSubmit={submit}>
          <label>
            <span>What you talked about with {person.displayName}</span>
            <input name="summary" autoComplete="off" required maxLength={500} />
          </label>
          <div className="actions">
            <button type="submit" className="button primary small">
              Log it
            </button>
            <button type="button" className="button small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
