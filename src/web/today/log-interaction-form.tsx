import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMe } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import {
  type InteractionKind,
  interactionKinds,
  useDeleteInteraction,
  useLogInteraction,
} from '../api/keep-in-touch.js';
import { localToday } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { PeoplePicker } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';
import { useEventMode } from '../events/event-mode.js';
import { queueInteraction } from '../offline/queue-capture.js';
import './log-interaction-form.css';

type Someone = { id: string; name: string };

/** "Ada", "Ada and Bo", "Ada, Bo and Cy". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Kind, day and a one-line note: logging that you spoke, which resets each person's clock.
 * The day is today unless changed (a call on Tuesday logged on Friday).
 * With a `person` (a Today card, a person's page) they are the first participant and
 * others can be added through the people picker; without one, the picker names who.
 */
export function LogInteractionForm({
  personId,
  personName,
  onDone,
  onCancel,
  autoFocus = false,
}: {
  personId?: string;
  personName?: string;
  onDone?: () => void;
  /** A form opened for the moment (on Today) closes with Escape or Cancel, logging nothing. */
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const me = useMe();
  const log = useLogInteraction();
  // At an event ("I'm at …" or one running today), a meal or a meeting logged that day
  // happened there: it belongs to the event, as the meetings in the hall do, and leaves
  // their follow-ups for after it. A call or a message is not at the event unless ticked.
  const atEvent = useEventMode().event;
  const [atEventTicked, setAtEventTicked] = useState<boolean | null>(null);
  const toast = useToast();
  const remove = useDeleteInteraction();
  const [kind, setKind] = useState<InteractionKind>('message');
  const inPerson = kind === 'meal' || kind === 'meeting' || kind === 'event';
  const [others, setOthers] = useState<Someone[]>([]);
  const [adding, setAdding] = useState(!personId);
  const [missing, setMissing] = useState(false);
  const noteRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const fixed: Someone[] = personId ? [{ id: personId, name: personName ?? '' }] : [];
  const everyone = [...fixed, ...others];
  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (everyone.length === 0) {
      setMissing(true);
      return;
    }
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const summary = String(form.get('summary') ?? '');
    // Today's entry keeps the time of logging; another day is sent as that day.
    const on = String(form.get('on') ?? '');
    const occurredAt = on && on !== localToday() ? on : undefined;
    const eventId = atEvent && (atEventTicked ?? inPerson) && (on === '' || on === localToday()) ? atEvent.id : null;
    const names = namesInWords(everyone.map((someone) => someone.name));
    const finish = () => {
      formElement.reset();
      setOthers([]);
      setAtEventTicked(null);
      setAdding(!personId);
      onDone?.();
    };
    // No connection (offline, or the request never reached kith): kept on this device and
    // sent when the connection returns, dated now (the outbox, as quick capture uses).
    const keep = () =>
      queueInteraction({
        userId: me.data?.id ?? '',
        people: everyone.map((someone) => ({ id: someone.id, displayName: someone.name })),
        eventId,
        kind,
        summary,
        occurredAt,
      }).then(() => {
        log.reset();
        finish();
        toast({ message: `Logged ${kind} with ${names}: waiting to sync.` });
      });
    if (!navigator.onLine && me.data) {
      keep().catch(() => undefined);
      return;
    }
    // mutateAsync: the promise settles even when the card is gone (the person left the list).
    log
      .mutateAsync({ personIds: everyone.map((someone) => someone.id), kind, summary, occurredAt, eventId })
      .then((interaction) => {
        finish();
        toast({ message: `Logged ${kind} with ${names}.`, undo: () => remove.mutateAsync(interaction.id) });
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) && me.data) return keep();
      })
      .catch(() => undefined);
  };

  const label = personName ? `Log an interaction with ${personName}` : 'Log an interaction';
  return (
    <form
      className="log-form-wrap"
      onSubmit={submit}
      aria-label={label}
      noValidate
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onCancel) return;
        event.preventDefault();
        onCancel();
      }}
    >
      {others.length > 0 || !personId ? (
        <ul className="log-with chips" aria-label="With">
          {everyone.map((someone) => (
            <li key={someone.id} className="chip">
              {someone.name}
              {someone.id !== personId ? (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${someone.name}`}
                  onClick={() => {
                    setOthers((current) => current.filter((other) => other.id !== someone.id));
                    requestAnimationFrame(() => (personId ? addRef.current : noteRef.current)?.focus());
                  }}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <div className="log-picker">
          <PeoplePicker
            label={personId ? 'Also with' : 'With whom'}
            value={null}
            exclude={everyone.map((someone) => someone.id)}
            excludedAre="already in this conversation"
            onChange={(picked) => {
              if (picked?.kind !== 'known') return;
              setOthers((current) => [...current, { id: picked.id, name: picked.name }]);
              setMissing(false);
            }}
          />
          {missing ? (
            <p role="alert" className="error">
              Choose who it was with.
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="log-form">
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          Kind
        </label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as InteractionKind)}>
          {interactionKinds.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-on`} className="visually-hidden">
          When
        </label>
        <input
          id={`${id}-on`}
          name="on"
          type="date"
          className="log-on"
          defaultValue={localToday()}
          max={localToday()}
        />
        <label htmlFor={`${id}-summary`} className="visually-hidden">
          Note
        </label>
        <input
          ref={noteRef}
          id={`${id}-summary`}
          name="summary"
          placeholder="What about?"
          autoComplete="off"
          maxLength={500}
        />
        <button type="submit" className="button primary" disabled={log.isPending}>
          Log
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <ErrorMessage error={log.error} names={{ summary: 'The note', occurredAt: 'When' }} />
      </div>
      {atEvent ? (
        <label className="checkbox log-at-event">
          <input
            type="checkbox"
            name="atEvent"
            checked={atEventTicked ?? inPerson}
            onChange={(change) => setAtEventTicked(change.target.checked)}
          />
          <span>At {atEvent.name}</span>
        </label>
      ) : null}
      {personId && !adding ? (
        <button ref={addRef} type="button" className="button small ghost log-add" onClick={() => setAdding(true)}>
          + Someone else was there
        </button>
      ) : null}
    </form>
  );
}
