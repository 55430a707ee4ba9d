import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { type AttendeeView, useAttendees, useImportAttendees, useMeetAttendee } from '../api/conference.js';
import { ErrorMessage } from '../components/error-message.js';
import './event-conference.css';

function AttendeeRow({ attendee, onMet }: { attendee: AttendeeView; onMet: (attendee: AttendeeView) => void }) {
  const known = attendee.person;
  const about = [attendee.title, attendee.company].filter(Boolean).join(' · ');
  return (
    <li className="attendee">
      <div className="attendee-who">
        {known ? <Link href={`/people/${known.id}`}>{known.displayName}</Link> : <strong>{attendee.name}</strong>}
        {known && known.displayName !== attendee.name ? (
          <span className="muted small"> listed as {attendee.name}</span>
        ) : null}
        {about ? <div className="muted small">{about}</div> : null}
        {attendee.reasons.length > 0 ? (
          <ul className="attendee-reasons">
            {attendee.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {attendee.met ? (
        <span className="muted small">met</span>
      ) : (
        <button
          type="button"
          className="button small"
          onClick={() => onMet(attendee)}
          aria-label={`Met ${attendee.name}`}
        >
          Met them
        </button>
      )}
    </li>
  );
}

/**
 * An event's attendee or speaker list: import a CSV, "you know N people here", who to
 * find with why, strangers whose topics fit yours. Nobody becomes a person until met.
 */
export function EventAttendees({ eventId }: { eventId: string }) {
  const list = useAttendees(eventId);
  const importList = useImportAttendees(eventId);
  const meet = useMeetAttendee(eventId);
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const formElement = formEvent.currentTarget;
    const file = (formElement.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return;
    setStatus(null);
    importList.mutate(await file.text(), {
      onSuccess: (imported) => {
        formElement.reset();
        setStatus(`Imported ${imported.total} ${imported.total === 1 ? 'row' : 'rows'}.`);
      },
    });
  };
  const onMet = (attendee: AttendeeView) =>
    meet.mutate(
      { attendeeId: attendee.id },
      {
        onSuccess: (result) =>
          setStatus(`${result.person.displayName} ${result.created ? 'added and ' : ''}recorded as met here.`),
      },
    );

  const data = list.data;
  return (
    <section className="panel attendees" aria-labelledby="attendees-title">
      <h2 id="attendees-title">Attendee list</h2>
      <ErrorMessage error={list.error ?? meet.error} />
      {data && data.total > 0 ? (
        <p className="known-count">
          You know <strong>{data.known}</strong> {data.known === 1 ? 'person' : 'people'} here
          <span className="muted"> of {data.total} on the list</span>
        </p>
      ) : null}
      {status ? (
        <p role="status" className="success">
          {status}
        </p>
      ) : null}
      {data && data.total > 0 ? (
        <>
          <h3>Who to find</h3>
          {data.toFind.length === 0 ? <p className="muted">Nobody you know with a reason to find.</p> : null}
          <ul className="plain-list" aria-label="Who to find">
            {data.toFind.map((attendee) => (
              <AttendeeRow key={attendee.id} attendee={attendee} onMet={onMet} />
            ))}
          </ul>
          <h3>Not yet known, with your topics</h3>
          {data.strangers.length === 0 ? <p className="muted">Nobody whose title meets your topics.</p> : null}
          <ul className="plain-list" aria-label="Not yet known, with your topics">
            {data.strangers.map((attendee) => (
              <AttendeeRow key={attendee.id} attendee={attendee} onMet={onMet} />
            ))}
          </ul>
          <details>
            <summary>Everyone on the list ({data.total})</summary>
            <ul className="plain-list" aria-label="Everyone on the list">
              {data.attendees.map((attendee) => (
                <AttendeeRow key={attendee.id} attendee={attendee} onMet={onMet} />
              ))}
            </ul>
          </details>
        </>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} aria-label="Import an attendee list">
        <h3>{data && data.total > 0 ? 'Replace the list' : 'Import the attendee or speaker list'}</h3>
        <p className="muted small">
          A CSV with name, company, title, and optionally email or profile URL. Nobody is added to your people until you
          meet them.
        </p>
        <label>
          <span>CSV file</span>
          <input name="file" type="file" accept=".csv,text/csv" required />
        </label>
        <ErrorMessage error={importList.error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={importList.isPending}>
            Import list
          </button>
        </div>
      </form>
    </section>
  );
}
