import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'wouter';
import { request } from '../api/client.js';
import { useEvents } from '../api/events.js';
import { type CreatePersonInput, type Person, useCreatePerson } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { localToday } from '../events/dates.js';
import { splitList } from './split-list.js';

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Someone just met, in four fields and one tap. "Where" stays filled between captures,
 * because at a conference the next person is met at the same place.
 */
export function QuickCapturePage() {
  const create = useCreatePerson();
  const client = useQueryClient();
  // Events around today (a week either side): the ones you are likely at right now.
  const events = useEvents({ from: localToday(-7), to: localToday(7) });
  const [eventId, setEventId] = useState('');
  const [where, setWhere] = useState('');
  const [meetError, setMeetError] = useState<unknown>(null);
  const [saved, setSaved] = useState<Person[]>([]);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const input: CreatePersonInput = {
      displayName: text('displayName'),
      howMet: where.trim() || null,
      metOn: today(),
      notes: text('about') || null,
      topics: splitList(text('topics')),
    };
    const done = (person: Person) => {
      setSaved((list) => [person, ...list].slice(0, 5));
      for (const name of ['displayName', 'about', 'topics']) {
        const field = formElement.elements.namedItem(name);
        if (field instanceof HTMLInputElement) field.value = '';
      }
      nameRef.current?.focus();
    };
    if (!eventId) {
      create.mutate(input, { onSuccess: done });
      return;
    }
    // At an event: one request links the new person to it (and starts the follow-up).
    setMeetError(null);
    request<{ person: { id: string } }>('POST', `/events/${encodeURIComponent(eventId)}/met`, {
      body: { newPerson: input, note: input.notes },
    })
      .then(async (result) => {
        done(await request<Person>('GET', `/people/${encodeURIComponent(result.person.id)}`));
        await client.invalidateQueries({ queryKey: ['people'] });
        await client.invalidateQueries({ queryKey: ['events'] });
      })
      .catch(setMeetError);
  };

  return (
    <section className="page narrow capture" aria-labelledby="capture-title">
      <h1 id="capture-title">Quick capture</h1>
      <p className="muted">Just met someone? Add them before the next handshake.</p>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          <span>Name</span>
          <input ref={nameRef} name="displayName" required autoComplete="off" autoCapitalize="words" maxLength={200} />
        </label>
        {events.data && events.data.length > 0 ? (
          <label>
            <span>At an event</span>
            <select value={eventId} onChange={(event) => setEventId(event.target.value)}>
              <option value="">None</option>
              {events.data.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          <span>Where you met</span>
          <input
            name="where"
            value={where}
            onChange={(event) => setWhere(event.target.value)}
            autoComplete="off"
            placeholder="ProMat 2026, booth 4"
            maxLength={2000}
          />
        </label>
        <label>
          <span>One line about them</span>
          <input name="about" autoComplete="off" placeholder="Runs a warehouse robotics team" />
        </label>
        <label>
          <span>Topics</span>
          <input name="topics" autoComplete="off" placeholder="robotics, hiring" />
        </label>
        <ErrorMessage error={create.error ?? meetError} />
        <button type="submit" className="button primary large" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save'}
        </button>
      </form>
      {saved.length > 0 ? (
        <section aria-labelledby="captured-title" className="captured">
          <h2 id="captured-title">Just added</h2>
          <ul aria-live="polite">
            {saved.map((person) => (
              <li key={person.id}>
                <Link href={`/people/${person.id}`}>{person.displayName}</Link>
                {person.howMet ? <span className="muted"> · {person.howMet}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
