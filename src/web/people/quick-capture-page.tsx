import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'wouter';
import { type Person, useCreatePerson } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
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
  const [where, setWhere] = useState('');
  const [saved, setSaved] = useState<Person[]>([]);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    create.mutate(
      {
        displayName: text('displayName'),
        howMet: where.trim() || null,
        metOn: today(),
        notes: text('about') || null,
        topics: splitList(text('topics')),
      },
      {
        onSuccess: (person) => {
          setSaved((list) => [person, ...list].slice(0, 5));
          for (const name of ['displayName', 'about', 'topics']) {
            const field = formElement.elements.namedItem(name);
            if (field instanceof HTMLInputElement) field.value = '';
          }
          nameRef.current?.focus();
        },
      },
    );
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
        <ErrorMessage error={create.error} />
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
