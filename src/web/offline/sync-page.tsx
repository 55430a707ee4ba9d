import { type FormEvent, useState } from 'react';
import { useMe } from '../api/auth.js';
import { type OutboxItem, removeFromOutbox, saveOutboxItem } from './outbox.js';
import { useOnline, useOutbox } from './use-outbox.js';
import './offline.css';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Everything made on this phone that the server does not have yet: what waits for a
 * connection, and what the server refused, with its reason, to fix and send again or to
 * discard on purpose. Nothing leaves this list unless it was sent or discarded.
 */
export function SyncPage() {
  const me = useMe();
  const items = useOutbox(me.data?.id ?? '');
  const online = useOnline();
  const refused = items.filter((item) => item.refused);
  const waiting = items.filter((item) => !item.refused);
  return (
    <section className="page narrow sync-page" aria-labelledby="sync-title">
      <h1 id="sync-title">Sync</h1>
      <p className="muted">
        {online ? 'Online.' : 'Offline: what you add is kept on this phone.'}{' '}
        {items.length === 0 ? 'Everything is on the server.' : null}
      </p>
      {refused.length > 0 ? (
        <section aria-labelledby="refused-title">
          <h2 id="refused-title">Refused by the server</h2>
          <ul className="plain-list outbox-list" aria-label="Refused by the server">
            {refused.map((item) => (
              <RefusedItem key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{waiting.length} waiting to sync</h2>
          <ul className="plain-list outbox-list" aria-label="Waiting to sync">
            {waiting.map((item) => (
              <li key={item.id}>
                <strong>{item.label}</strong>{' '}
                <span className="muted small">
                  · {item.kind === 'capture' ? 'new contact' : 'interaction'} · {time(item.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** The fields a refusal is usually about: a capture's name and contact, an interaction's summary. */
type Fixable = { name: 'displayName' | 'contact' | 'summary'; label: string; value: string };

function personOf(item: OutboxItem): Record<string, unknown> | null {
  if (item.kind !== 'capture') return null;
  const body = item.body as { newPerson?: Record<string, unknown> };
  return item.path === '/people' ? item.body : (body.newPerson ?? null);
}

function fixable(item: OutboxItem): Fixable[] {
  if (item.kind === 'interaction') {
    return [{ name: 'summary', label: 'What you talked about', value: String(item.body.summary ?? '') }];
  }
  const person = personOf(item);
  if (!person) return [];
  const first = (key: string) => (person[key] as { value: string }[] | undefined)?.[0]?.value ?? '';
  return [
    { name: 'displayName', label: 'Name', value: String(person.displayName ?? '') },
    { name: 'contact', label: 'Email or phone', value: first('emails') || first('phones') },
  ];
}

/** The item with the user's corrections, and its refusal cleared so that it is sent again. */
function corrected(item: OutboxItem, form: FormData): OutboxItem {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (item.kind === 'interaction') {
    return { ...item, refused: null, label: text('summary'), body: { ...item.body, summary: text('summary') } };
  }
  const contact = text('contact');
  const person = {
    ...personOf(item),
    displayName: text('displayName'),
    emails: contact.includes('@') ? [{ value: contact }] : [],
    phones: contact && !contact.includes('@') ? [{ value: contact }] : [],
  };
  const body = item.path === '/people' ? person : { ...item.body, newPerson: person };
  return { ...item, refused: null, label: text('displayName'), body };
}

function RefusedItem({ item }: { item: OutboxItem }) {
  const [confirming, setConfirming] = useState(false);
  const fields = fixable(item);
  const submit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    saveOutboxItem(corrected(item, new FormData(submitted.currentTarget))).catch(() => {});
  };
  return (
    <li className="refused-item">
      <p>
        <strong>{item.label}</strong> <span className="muted small">· {time(item.createdAt)}</span>
      </p>
      <p className="refusal" role="alert">
        {item.refused?.message}
      </p>
      <form className="form" onSubmit={submit}>
        {fields.map((field) => (
          <label key={field.name}>
            <span>{field.label}</span>
            <input name={field.name} defaultValue={field.value} autoComplete="off" />
          </label>
        ))}
        <div className="actions">
          <button type="submit" className="button primary">
            {fields.length > 0 ? 'Save and send again' : 'Send again'}
          </button>
          {confirming ? (
            <button
              type="button"
              className="button danger"
              onClick={() => item.seq !== undefined && removeFromOutbox(item.seq)}
            >
              Discard for good
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Discard…
            </button>
          )}
        </div>
      </form>
    </li>
  );
}
