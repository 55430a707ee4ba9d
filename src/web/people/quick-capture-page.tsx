import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useRef, useState } from 'react';
import { Link } from 'wouter';
import { request } from '../api/client.js';
import { useEvents } from '../api/events.js';
import { type CreatePersonInput, type Page, type Person, useCreatePerson } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { aboutPerson } from '../components/people-picker.js';
import { localToday } from '../events/dates.js';
import { captureFieldsOf, withScanned } from './scan-fill.js';
import { ScannedNote, type ScannedPerson } from './scan-note.js';
import { splitList } from './split-list.js';
import './quick-capture-page.css';

/** The scanner (jsQR) loads when "Scan" is tapped, not with the page. */
const ScanPanel = lazy(() => import('./scan-panel.js').then((module) => ({ default: module.ScanPanel })));

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Someone just met, in four fields and one tap. "Where" stays filled between captures,
 * because at a conference the next person is met at the same place.
 */
type Pending = { input: CreatePersonInput; match: Person };

/** A name lowercased without accents, as the server folds names for search (web imports no code from core). */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\^`]/g, '')
    .toLowerCase();
}

/** Someone already in the network with the same name (accents and case aside), email or phone. */
async function likelySame(input: CreatePersonInput): Promise<Person | undefined> {
  const contact = input.emails?.[0]?.value ?? input.phones?.[0]?.value;
  const byName = await request<Page<Person>>('GET', '/people', { query: { q: input.displayName, limit: 20 } });
  const name = fold(input.displayName);
  const sameName = byName.items.find((person) => fold(person.displayName) === name);
  if (sameName || !contact) return sameName;
  const digits = (value: string) => value.replace(/\D/g, '');
  const byContact = await request<Page<Person>>('GET', '/people', { query: { q: contact, limit: 20 } });
  return byContact.items.find(
    (person) =>
      person.emails.some((email) => email.value.toLowerCase() === contact.toLowerCase()) ||
      person.phones.some((phone) => digits(phone.value) !== '' && digits(phone.value) === digits(contact)),
  );
}

/**
 * Someone just met, in a few fields and one tap. "Where" stays filled between captures,
 * because at a conference the next person is met at the same place. A likely duplicate
 * is asked about before anything is saved.
 */
export function QuickCapturePage() {
  const create = useCreatePerson();
  const client = useQueryClient();
  // Events around today (a week either side): the ones you are likely at right now.
  const events = useEvents({ from: localToday(-7), to: localToday(7) });
  const [eventId, setEventId] = useState('');
  const [where, setWhere] = useState('');
  const [meetError, setMeetError] = useState<unknown>(null);
  const [saved, setSaved] = useState<{ person: Person; existing: boolean }[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [scanning, setScanning] = useState(false);
  const [scanned, setScanned] = useState<ScannedPerson | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);

  const done = (person: Person, existing = false) => {
    setSaved((list) => [{ person, existing }, ...list].slice(0, 5));
    setPending(null);
    setScanned(null);
    for (const name of ['displayName', 'about', 'topics', 'contact']) {
      const field = formRef.current?.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.value = '';
    }
    nameRef.current?.focus();
  };

  /**
   * A scanned card or link fills the form's fields; what the form has no field for is kept
   * and saved with them. Null takes the scan back: the fields it filled are emptied.
   */
  const fillFromScan = (person: ScannedPerson | null) => {
    for (const [name, value] of Object.entries(captureFieldsOf(person?.contact ?? null))) {
      const field = formRef.current?.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.value = value;
    }
    setScanned(person);
    setScanning(false);
    nameRef.current?.focus();
  };

  /** At an event, one request links the person to it (and starts the follow-up); else a plain create. */
  const save = (input: CreatePersonInput, existing?: Person) => {
    setMeetError(null);
    if (!eventId) {
      if (existing) done(existing, true);
      else create.mutate(input, { onSuccess: (person) => done(person) });
      return;
    }
    const body = existing ? { personId: existing.id, note: input.notes } : { newPerson: input, note: input.notes };
    request<{ person: { id: string } }>('POST', `/events/${encodeURIComponent(eventId)}/met`, { body })
      .then(async (result) => {
        done(await request<Person>('GET', `/people/${encodeURIComponent(result.person.id)}`), Boolean(existing));
        await client.invalidateQueries({ queryKey: ['people'] });
        await client.invalidateQueries({ queryKey: ['events'] });
      })
      .catch(setMeetError);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const contact = text('contact');
    const input: CreatePersonInput = withScanned(
      {
        displayName: text('displayName'),
        howMet: where.trim() || null,
        metOn: today(),
        notes: text('about') || null,
        topics: splitList(text('topics')),
        emails: contact.includes('@') ? [{ value: contact }] : [],
        phones: contact && !contact.includes('@') ? [{ value: contact }] : [],
      },
      scanned?.contact ?? null,
    );
    setMeetError(null);
    if (!input.displayName) {
      save(input);
      return;
    }
    likelySame(input)
      .then((match) => {
        if (!match) return save(input);
        setPending({ input, match });
        requestAnimationFrame(() => questionRef.current?.focus());
      })
      .catch(setMeetError);
  };

  return (
    <section className="page narrow capture" aria-labelledby="capture-title">
      <h1 id="capture-title">Quick capture</h1>
      <p className="muted">Just met someone? Add them before the next handshake.</p>
      {scanning ? (
        <Suspense fallback={<p className="muted">Loading the scanner…</p>}>
          <ScanPanel onScanned={fillFromScan} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="button capture-scan" onClick={() => setScanning(true)}>
          Scan a QR code
        </button>
      )}
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <label>
          <span>Name</span>
          <input
            ref={nameRef}
            name="displayName"
            required
            autoComplete="off"
            autoCapitalize="words"
            maxLength={200}
            {...fieldProps(create.error ?? meetError, 'displayName', 'capture-name-error')}
          />
          <FieldMessage error={create.error ?? meetError} name="displayName" id="capture-name-error" />
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
        <label>
          <span>Email or phone (optional)</span>
          <input name="contact" autoComplete="off" inputMode="email" maxLength={320} />
        </label>
        {scanned ? <ScannedNote person={scanned} onClear={() => fillFromScan(null)} /> : null}
        <ErrorMessage error={create.error ?? meetError} />
        {pending ? (
          <section className="panel duplicate-question" aria-labelledby="duplicate-title">
            <h2 id="duplicate-title" ref={questionRef} tabIndex={-1}>
              Already in your network?
            </h2>
            <p>
              You have <Link href={`/people/${pending.match.id}`}>{pending.match.displayName}</Link>
              {aboutPerson(pending.match) ? <span className="muted"> · {aboutPerson(pending.match)}</span> : null}. Is
              this them?
            </p>
            <div className="actions">
              <button type="button" className="button primary" onClick={() => save(pending.input, pending.match)}>
                It's them
              </button>
              <button type="button" className="button" onClick={() => save(pending.input)}>
                Someone else
              </button>
            </div>
          </section>
        ) : (
          <button type="submit" className="button primary large" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Save'}
          </button>
        )}
      </form>
      {saved.length > 0 ? (
        <section aria-labelledby="captured-title" className="captured">
          <h2 id="captured-title">Just added</h2>
          <ul aria-live="polite">
            {saved.map(({ person, existing }) => (
              <li key={person.id}>
                <Link href={`/people/${person.id}`}>{person.displayName}</Link>
                {existing ? <span className="muted"> · already in your network</span> : null}
                {!existing && person.howMet ? <span className="muted"> · {person.howMet}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
