import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { eventKinds, type KithEvent, useCreateEvent, useEvents, words } from '../api/events.js';
import { dayRangeWords, localToday } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { EventStatusField } from './event-manage.js';

export function EventsPage() {
  const events = useEvents();
  const [adding, setAdding] = useState(false);
  const today = localToday();
  const upcoming = (events.data ?? []).filter((event) => (event.endsOn ?? event.startsOn) >= today).reverse();
  const past = (events.data ?? []).filter((event) => (event.endsOn ?? event.startsOn) < today);

  return (
    <section className="page" aria-labelledby="events-title">
      <div className="page-header">
        <h1 id="events-title">Events</h1>
        <span className="actions">
          <Link href="/organizations" className="button">
            Organizations
          </Link>
          <button type="button" className="button primary" onClick={() => setAdding(!adding)}>
            Add event
          </button>
        </span>
      </div>
      {adding ? <AddEventForm onDone={() => setAdding(false)} /> : null}
      <ErrorMessage error={events.error} />
      {events.isPending ? <Loading query={events} /> : null}
      {events.data?.length === 0 && !adding ? (
        <p className="muted">No events yet. Add the next conference, meetup or meal you will go to.</p>
      ) : null}
      <EventList title="Coming up" events={upcoming} />
      <EventList title="Past" events={past} />
    </section>
  );
}

function EventList({ title, events }: { title: string; events: KithEvent[] }) {
  if (events.length === 0) return null;
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <ul className="plain-list">
        {events.map((event) => (
          <li key={event.id} className="item-row">
            <Link href={`/events/${event.id}`}>{event.name}</Link>
            <span className="muted small">
              {' '}
              {dayRangeWords(event.startsOn, event.endsOn)} · {words(event.kind)}
              {event.location ? ` · ${event.location}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddEventForm({ onDone }: { onDone: () => void }) {
  const create = useCreateEvent();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    create.mutate(
      {
        name: text('name'),
        kind: text('kind') as KithEvent['kind'],
        startsOn: text('startsOn'),
        endsOn: text('endsOn') || null,
        location: text('location') || null,
        status: text('status') as KithEvent['status'],
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-label="Add an event">
      <label>
        <span>Name</span>
        <input name="name" autoComplete="off" />
      </label>
      <label>
        <span>Kind</span>
        <select name="kind" defaultValue="conference">
          {eventKinds.map((kind) => (
            <option key={kind} value={kind}>
              {words(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Starts</span>
        <input name="startsOn" type="date" />
      </label>
      <label>
        <span>Ends</span>
        <input name="endsOn" type="date" />
      </label>
      <label>
        <span>Where</span>
        <input name="location" autoComplete="off" />
      </label>
      <EventStatusField defaultValue="planned" />
      <ErrorMessage error={create.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          Save event
        </button>
      </div>
    </form>
  );
}
