import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, request } from '../api/client.js';
import {
  type ItemView,
  type RecipientSuggestion,
  useItem,
  useRecipientSuggestions,
  useShareItem,
} from '../api/give.js';
import type { Person } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { ItemManage } from './item-manage.js';

/** A mailto: draft to the person with the item's link (or title) and the note. */
export function mailtoFor(person: Person, item: ItemView, note: string): string {
  const to = person.emails[0]?.value ?? '';
  const lines = [note.trim(), item.url ?? item.title].filter(Boolean);
  const query = new URLSearchParams({ subject: item.title, body: lines.join('\n\n') });
  return `mailto:${encodeURIComponent(to)}?${query.toString().replaceAll('+', '%20')}`;
}

export function ItemPage({ id }: { id: string }) {
  const item = useItem(id);
  if (item.isPending) return <p className="muted">Loading…</p>;
  if (item.error) {
    const missing = item.error instanceof ApiError && item.error.status === 404;
    return (
      <section className="page">
        <h1>{missing ? 'Item not found' : 'Could not load this item'}</h1>
        <ErrorMessage error={item.error} />
        <Link href="/give">Back to Give</Link>
      </section>
    );
  }
  return <ItemDetails item={item.data} />;
}

function ItemDetails({ item }: { item: ItemView }) {
  const suggestions = useRecipientSuggestions(item.id);
  // Kept here: once sent, the person leaves the suggestions, and this says what happened.
  const [sent, setSent] = useState<{ name: string; mailto: string } | null>(null);
  return (
    <article className="page" aria-labelledby="item-title">
      <p className="breadcrumb">
        <Link href="/give">← Give</Link>
      </p>
      <h1 id="item-title">{item.title}</h1>
      {item.archived ? (
        <p className="item-archived-note">
          <span className="badge">archived</span> Kept with what you sent, but left out of lists and the daily list.
        </p>
      ) : null}
      <p className="muted">
        {item.kind}
        {item.company ? ` · ${item.company}` : ''}
        {item.location ? ` · ${item.location}` : ''}
        {item.url ? (
          <>
            {' · '}
            <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">
              open the original
            </a>
          </>
        ) : null}
      </p>
      {item.summary ? <p>{item.summary}</p> : null}
      {item.topics.length ? (
        <p className="chips">
          {item.topics.map((topic) => (
            <span key={topic} className="chip">
              {topic}
            </span>
          ))}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">Who would value it</h2>
        <ErrorMessage error={suggestions.error} />
        {sent ? (
          <p role="status" className="success">
            Recorded that you sent it to {sent.name}. <a href={sent.mailto}>Open the email draft again</a>
          </p>
        ) : null}
        {suggestions.data?.length === 0 ? (
          <p className="muted">
            Nobody in your network fits this item well enough, and that is a fine answer. People with topics, offers and
            needs close to it will show here.
          </p>
        ) : null}
        <ol className="plain-list" aria-label="Suggested people">
          {suggestions.data?.map((suggestion) => (
            <Suggestion
              key={suggestion.id}
              item={item}
              suggestion={suggestion}
              onSent={(mailto) => setSent({ name: suggestion.name, mailto })}
            />
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="sent-title">
        <h2 id="sent-title">Already sent to</h2>
        {item.sharedWith.length === 0 ? <p className="muted">Nobody yet.</p> : null}
        <ul className="plain-list" aria-label="Already sent to">
          {item.sharedWith.map((share) => (
            <li key={`${share.personId}-${share.sharedAt}`}>
              <Link href={`/people/${share.personId}`}>{share.personName}</Link>
              <span className="muted small"> on {share.sharedAt.slice(0, 10)}</span>
              {share.note ? <span className="muted small"> · {share.note}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <ItemManage item={item} />
    </article>
  );
}

function Suggestion({
  item,
  suggestion,
  onSent,
}: {
  item: ItemView;
  suggestion: RecipientSuggestion;
  onSent: (mailto: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const share = useShareItem(item.id);

  const send = async () => {
    setError(null);
    try {
      const person = await request<Person>('GET', `/people/${encodeURIComponent(suggestion.id)}`);
      await share.mutateAsync({ personId: suggestion.id, note: note.trim() || null });
      const mailto = mailtoFor(person, item, note);
      onSent(mailto);
      // A new window, so this page stays (and shows what was recorded) while the mail app opens.
      window.open(mailto, '_blank', 'noopener');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <li className="suggestion">
      <div className="suggestion-head">
        <Link href={`/people/${suggestion.id}`} className="person-name">
          {suggestion.name}
        </Link>
        {open ? null : (
          <button
            type="button"
            className="button small primary"
            onClick={() => setOpen(true)}
            aria-label={`Send to ${suggestion.name}`}
          >
            Send
          </button>
        )}
      </div>
      <ul className="reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {open ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <label>
            <span>A note for {suggestion.name}</span>
            <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={2000} />
          </label>
          <div className="actions">
            <button type="submit" className="button primary small" disabled={share.isPending}>
              Record and open email
            </button>
            <button type="button" className="button small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}
