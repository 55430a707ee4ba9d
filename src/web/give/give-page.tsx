import './give-page.css';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isHtmlDocument } from '../../core/items/constants.js';
import { ApiError } from '../api/client.js';
import { type ItemKind, useArchivedItems, useCreateItem, useItems } from '../api/give.js';
import { ErrorMessage } from '../components/error-message.js';
import { ItemKindOptions } from './item-kinds.js';

type Source = 'url' | 'text';

/** Save something worth giving (a link, or pasted text), then see who would value it. */
export function GivePage() {
  const items = useItems();
  const create = useCreateItem();
  const [source, setSource] = useState<Source>('url');
  const [, navigate] = useLocation();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = String(form.get('source') ?? '');
    const title = String(form.get('title') ?? '').trim() || null;
    // Empty: kith works the kind out from the page or text.
    const kind = (String(form.get('kind') ?? '') || undefined) as ItemKind | undefined;
    // A page's source pasted as text is sent as HTML: read as a page, with HTML's larger limit.
    const input = source === 'url' ? { url: value.trim() } : isHtmlDocument(value) ? { html: value } : { text: value };
    create.mutate(
      { ...input, title, kind },
      {
        onSuccess: (item) => navigate(`/give/items/${item.id}`),
      },
    );
  };

  return (
    <section className="page" aria-labelledby="give-title">
      <div className="page-header">
        <h1 id="give-title">Give</h1>
        <Link href="/give/introductions" className="button">
          Introductions
        </Link>
      </div>
      <section className="panel" aria-labelledby="add-item-title">
        <h2 id="add-item-title">Add something to give</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">From</legend>
          <label>
            <input type="radio" name="from" checked={source === 'url'} onChange={() => setSource('url')} /> A link
          </label>
          <label>
            <input type="radio" name="from" checked={source === 'text'} onChange={() => setSource('text')} /> Pasted
            text
          </label>
        </fieldset>
        <form className="form" onSubmit={submit} noValidate>
          <label htmlFor="item-source">{source === 'url' ? 'Link' : 'Text'}</label>
          {source === 'url' ? (
            <input id="item-source" name="source" type="url" placeholder="https://…" autoComplete="off" />
          ) : (
            <textarea
              id="item-source"
              name="source"
              rows={6}
              placeholder="Paste an article, a job listing, a resource…"
            />
          )}
          <label>
            <span>Title (optional: found from the page when empty)</span>
            <input name="title" autoComplete="off" maxLength={500} />
          </label>
          <label>
            <span>Kind</span>
            <select name="kind" defaultValue="">
              <option value="">Work it out from the {source === 'url' ? 'page' : 'text'}</option>
              <ItemKindOptions />
            </select>
          </label>
          <ErrorMessage error={create.error} />
          {source === 'url' && create.error instanceof ApiError && create.error.code.startsWith('FETCH_') ? (
            <p className="muted">
              kith reads the page to know who it fits. Copy its text from your browser instead.{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  create.reset();
                  setSource('text');
                }}
              >
                Paste its text
              </button>
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button primary" disabled={create.isPending}>
              {create.isPending ? 'Saving…' : 'Save and find who would value it'}
            </button>
          </div>
        </form>
      </section>

      <section className="panel" aria-labelledby="items-title">
        <h2 id="items-title">Saved items</h2>
        <ErrorMessage error={items.error} />
        {items.data?.items.length === 0 ? <p className="muted">Nothing saved yet.</p> : null}
        <ul className="plain-list" aria-label="Saved items">
          {items.data?.items.map((item) => (
            <li key={item.id} className="item-row">
              <Link href={`/give/items/${item.id}`}>{item.title}</Link>
              <span className="muted small">
                {' '}
                {item.kind}
                {item.topics.length ? ` · ${item.topics.slice(0, 3).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
        <ArchivedItems />
      </section>
    </section>
  );
}

/** Archived items, read only when asked for: each can be opened and brought back. */
function ArchivedItems() {
  const [open, setOpen] = useState(false);
  const items = useArchivedItems(open);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Archived items</summary>
      <ErrorMessage error={items.error} />
      {items.data?.items.length === 0 ? <p className="muted small">None.</p> : null}
      <ul className="plain-list" aria-label="Archived items">
        {items.data?.items.map((item) => (
          <li key={item.id} className="item-row">
            <Link href={`/give/items/${item.id}`}>{item.title}</Link>
            <span className="muted small"> {item.kind}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
