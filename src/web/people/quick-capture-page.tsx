import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../api/auth.js';
import { ApiError, request } from '../api/client.js';
import type { KithEvent } from '../api/events.js';
import type { CreatePersonInput, Page, Person } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { aboutPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';
import { chooseEvent, type EventMode, useEventMode } from '../events/event-mode.js';
import { EventModePanel } from '../events/event-mode-panel.js';
import { queueCapture } from '../offline/queue-capture.js';
import { OUTBOX_SENT, type SentDetail } from '../offline/send-outbox.js';
import { useOutbox } from '../offline/use-outbox.js';
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

type Pending = { input: CreatePersonInput; note: string | null; match: Person };

/** One line of "Just added": its outbox id, and the person once the server made them. */
type Added = { id: string; name: string; existing: boolean; howMet: string | null; personId: string | null };

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

/** The duplicate question needs the server; offline (or on a failed search) the capture is saved as new. */
async function likelySameIfOnline(input: CreatePersonInput): Promise<Person | undefined> {
  if (!navigator.onLine) return undefined;
  try {
    return await likelySame(input);
  } catch {
    return undefined;
  }
}

/** What matters about someone met at an event, as the note on their link (what the follow-up shows). */
function eventNote(form: FormData): string | null {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const lines = [
    text('workOn') && `Works on: ${text('workOn')}`,
    text('need') && `Needs: ${text('need')}`,
    form.get('meal') === 'on' ? 'Invite to a meal' : '',
    text('send') && `Send them: ${text('send')}`,
  ];
  return lines.filter(Boolean).join('\n') || null;
}

/** The person the server made or found for a sent capture (a new person, or a meeting's result). */
function personIdOf(body: unknown): string | null {
  const value = body as { id?: string; person?: { id?: string } } | null;
  return value?.person?.id ?? value?.id ?? null;
}

/**
 * Someone just met, in a few fields and one tap. Every capture goes through the outbox
 * (sent at once when online, kept on the phone when not), so a capture is never lost to a
 * bad connection. In event mode it is linked to the event with the moment it was made, and
 * the form asks what matters there; else "Where" stays filled between captures. A likely
 * duplicate is asked about before anything is saved, when the server can be asked.
 */
export function QuickCapturePage() {
  const me = useMe();
  const userId = me.data?.id ?? '';
  const mode = useEventMode();
  const client = useQueryClient();
  const toast = useToast();
  const outbox = useOutbox(userId);
  const [where, setWhere] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<Added[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [scanning, setScanning] = useState(false);
  const [scanned, setScanned] = useState<ScannedPerson | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const scanButtonRef = useRef<HTMLButtonElement>(null);
  // Closing the scanner without a result hands the focus back to the button that opened it.
  const refocusScan = useRef(false);
  const event = mode.event;

  // The page is for typing a name the moment it opens: a tap (or Tab) fewer per person met.
  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  useEffect(() => {
    if (scanning || !refocusScan.current) return;
    refocusScan.current = false;
    scanButtonRef.current?.focus();
  }, [scanning]);

  useEffect(() => {
    const sent = (message: Event) => {
      const { id, body } = (message as CustomEvent<SentDetail>).detail;
      setAdded((list) => list.map((entry) => (entry.id === id ? { ...entry, personId: personIdOf(body) } : entry)));
      client.invalidateQueries({ queryKey: ['people'] }).catch(() => {});
      client.invalidateQueries({ queryKey: ['events'] }).catch(() => {});
    };
    window.addEventListener(OUTBOX_SENT, sent);
    return () => window.removeEventListener(OUTBOX_SENT, sent);
  }, [client]);

  const clearForm = () => {
    setPending(null);
    setScanned(null);
    formRef.current?.querySelectorAll('input').forEach((field) => {
      if (field.name === 'where') return;
      if (field.type === 'checkbox') field.checked = false;
      else field.value = '';
    });
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

  const save = (input: CreatePersonInput, note: string | null, existing?: Person) => {
    setError(null);
    if (existing && !event) {
      setAdded((list) => [entry(crypto.randomUUID(), existing.displayName, true, null, existing.id), ...list]);
      clearForm();
      return;
    }
    queueCapture({ userId, eventId: event?.id ?? null, input, existing, note })
      .then((id) => {
        // "Just added" may be below the fold on a phone: say it where the eye is too.
        toast({ message: existing ? `Noted ${existing.displayName}.` : `Added ${input.displayName}.` });
        setAdded((list) =>
          [
            entry(id, existing?.displayName ?? input.displayName, Boolean(existing), input.howMet ?? null, null),
            ...list,
          ].slice(0, 5),
        );
        clearForm();
      })
      .catch(setError);
  };

  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const form = new FormData(submitted.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const contact = text('contact');
    const displayName = text('displayName');
    if (!displayName) {
      // Said as the server says it, so the field is marked and the words are the same.
      const issues = [{ field: 'displayName', message: 'must not be empty' }];
      setError(new ApiError(400, 'VALIDATION_FAILED', 'displayName: must not be empty', { issues }));
      nameRef.current?.focus();
      return;
    }
    const input: CreatePersonInput = withScanned(
      {
        displayName,
        howMet: event ? `Met at ${event.name}` : where.trim() || null,
        metOn: today(),
        company: text('company') || null,
        notes: (event ? text('workOn') : text('about')) || null,
        topics: splitList(text('topics')),
        needs: splitList(text('need')),
        emails: contact.includes('@') ? [{ value: contact }] : [],
        phones: contact && !contact.includes('@') ? [{ value: contact }] : [],
      },
      scanned?.contact ?? null,
    );
    const note = event ? eventNote(form) : null;
    setError(null);
    likelySameIfOnline(input).then((match) => {
      if (!match) return save(input, note);
      setPending({ input, note, match });
      requestAnimationFrame(() => questionRef.current?.focus());
    });
  };

  const waiting = new Set(outbox.map((item) => item.id));
  const refused = new Map(outbox.filter((item) => item.refused).map((item) => [item.id, item.refused?.message]));

  return (
    <section className="page narrow capture" aria-labelledby="capture-title">
      <h1 id="capture-title">Quick capture</h1>
      <EventChooser mode={mode} />
      {event ? null : <p className="muted">Just met someone? Add them before the next handshake.</p>}
      {scanning ? (
        <Suspense fallback={<p className="muted">Loading the scanner…</p>}>
          <ScanPanel
            onScanned={fillFromScan}
            onClose={() => {
              refocusScan.current = true;
              setScanning(false);
            }}
          />
        </Suspense>
      ) : (
        <button ref={scanButtonRef} type="button" className="button capture-scan" onClick={() => setScanning(true)}>
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
            {...fieldProps(error, 'displayName', 'capture-name-error')}
          />
          <FieldMessage error={error} name="displayName" id="capture-name-error" />
        </label>
        <label>
          <span>Company</span>
          <input name="company" autoComplete="off" autoCapitalize="words" maxLength={200} />
        </label>
        {event ? <EventFields /> : <PlainFields where={where} setWhere={setWhere} />}
        <label>
          <span>Email or phone (optional)</span>
          <input name="contact" autoComplete="off" inputMode="email" maxLength={320} />
        </label>
        {scanned ? <ScannedNote person={scanned} onClear={() => fillFromScan(null)} /> : null}
        <ErrorMessage error={error} />
        {pending ? (
          // Escape takes the question back, nothing saved, to correct the name or contact.
          <section
            className="panel duplicate-question"
            aria-labelledby="duplicate-title"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setPending(null);
              nameRef.current?.focus();
            }}
          >
            <h2 id="duplicate-title" ref={questionRef} tabIndex={-1}>
              Already in your network?
            </h2>
            <p>
              You have <Link href={`/people/${pending.match.id}`}>{pending.match.displayName}</Link>
              {aboutPerson(pending.match) ? <span className="muted"> · {aboutPerson(pending.match)}</span> : null}. Is
              this them?
            </p>
            <div className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() => save(pending.input, pending.note, pending.match)}
              >
                It's them
              </button>
              <button type="button" className="button" onClick={() => save(pending.input, pending.note)}>
                Someone else
              </button>
            </div>
          </section>
        ) : (
          <button type="submit" className="button primary large">
            Save
          </button>
        )}
      </form>
      {added.length > 0 ? (
        <section aria-labelledby="captured-title" className="captured">
          <h2 id="captured-title">Just added</h2>
          <ul aria-live="polite">
            {added.map((item) => (
              <li key={item.id}>
                {item.personId ? <Link href={`/people/${item.personId}`}>{item.name}</Link> : item.name}
                {refused.has(item.id) ? (
                  <span className="refused-note">
                    {' '}
                    · not saved: {refused.get(item.id)} (<Link href="/sync">fix it</Link>)
                  </span>
                ) : waiting.has(item.id) ? (
                  <span className="muted"> · waiting to sync</span>
                ) : item.existing ? (
                  <span className="muted"> · already in your network</span>
                ) : item.howMet && !event ? (
                  <span className="muted"> · {item.howMet}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event ? (
        <EventModePanel
          event={event}
          userId={userId}
          outbox={outbox.filter((item) => !added.some((entry) => entry.id === item.id))}
        />
      ) : null}
    </section>
  );
}

function entry(id: string, name: string, existing: boolean, howMet: string | null, personId: string | null): Added {
  return { id, name, existing, howMet, personId };
}

/** "I'm at <event>": chosen here, kept for the day; an event running today is chosen unless you say otherwise. */
function EventChooser({ mode }: { mode: EventMode }) {
  if (mode.nearby.length === 0 && !mode.event) return null;
  const options: KithEvent[] = mode.nearby;
  return (
    <div className={mode.event ? 'event-mode on' : 'event-mode'}>
      <label>
        <span>At an event</span>
        <select value={mode.event?.id ?? ''} onChange={(change) => chooseEvent(change.target.value || null)}>
          <option value="">None</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      {mode.event ? (
        <p className="event-mode-line">
          <strong>I'm at {mode.event.name}</strong>
          <span className="muted small">
            {' '}
            · {mode.automatic ? 'it runs today; ' : ''}everyone you add is linked to it, with the time
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** At an event: what they work on, what they need, and the two promises worth keeping. */
function EventFields() {
  return (
    <>
      <label>
        <span>What they work on</span>
        <input name="workOn" autoComplete="off" placeholder="Warehouse robotics" maxLength={500} />
      </label>
      <label>
        <span>What they need</span>
        <input name="need" autoComplete="off" placeholder="speakers, a Rust hire" maxLength={500} />
      </label>
      <label>
        <span>Topics</span>
        <input name="topics" autoComplete="off" placeholder="payments, hiring" />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="meal" />
        <span>Invite to a meal</span>
      </label>
      <label>
        <span>Send them</span>
        <input name="send" autoComplete="off" placeholder="the article on pick rates" maxLength={500} />
      </label>
    </>
  );
}

function PlainFields({ where, setWhere }: { where: string; setWhere: (value: string) => void }) {
  return (
    <>
      <label>
        <span>Where you met</span>
        <input
          name="where"
          value={where}
          onChange={(change) => setWhere(change.target.value)}
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
    </>
  );
}
