import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, request } from '../api/client.js';
import {
  type ItemView,
  type RecipientSuggestion,
  useItem,
  useRecipientSuggestions,
  useShareItem,
  useUnshareItem,
} from '../api/give.js';
import type { Person } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';
import './send-else.css';
import { timestampDayWords } from '../components/dates.js';
import { Loading } from '../components/loading.js';
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
  if (item.isPending) return <Loading query={item} />;
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

type Sent = { name: string; mailto: string } | null;

/**
 * Records a share, opens the email draft, and offers Undo (the share and its logged
 * interaction are taken back). `onSent` says what the page shows; null after Undo.
 */
function useSend(item: ItemView, onSent: (sent: Sent) => void) {
  const share = useShareItem(item.id);
  const unshare = useUnshareItem(item.id);
  const toast = useToast();
  const [error, setError] = useState<unknown>(null);
  const send = async (personId: string, name: string, note: string) => {
    setError(null);
    try {
      const person = await request<Person>('GET', `/people/${encodeURIComponent(personId)}`);
      await share.mutateAsync({ personId, note: note.trim() || null });
      const mailto = mailtoFor(person, item, note);
      onSent({ name, mailto });
      toast({
        message: `Sent “${item.title}” to ${name}.`,
        undo: async () => {
          await unshare.mutateAsync(personId);
          onSent(null);
        },
      });
      // A new window, so this page stays (and shows what was recorded) while the mail app opens.
      window.open(mailto, '_blank', 'noopener');
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  return { send, error, pending: share.isPending };
}

function ItemDetails({ item }: { item: ItemView }) {
  const suggestions = useRecipientSuggestions(item.id);
  // Kept here: once sent, the person leaves the suggestions, and this says what happened.
  const [sent, setSent] = useState<Sent>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  // The row sent from leaves the list: the focus goes to the line that says what was recorded.
  useEffect(() => {
    if (sent) requestAnimationFrame(() => sentRef.current?.focus());
  }, [sent]);
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
          <p ref={sentRef} tabIndex={-1} role="status" className="success">
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
            <Suggestion key={suggestion.id} item={item} suggestion={suggestion} onSent={setSent} />
          ))}
        </ol>
        <SendToSomeoneElse item={item} onSent={setSent} />
      </section>

      <section className="panel" aria-labelledby="sent-title">
        <h2 id="sent-title">Already sent to</h2>
        {item.sharedWith.length === 0 ? <p className="muted">Nobody yet.</p> : null}
        <ul className="plain-list" aria-label="Already sent to">
          {item.sharedWith.map((share) => (
            <li key={`${share.personId}-${share.sharedAt}`}>
              <Link href={`/people/${share.personId}`}>{share.personName}</Link>
              <span className="muted small"> on {timestampDayWords(share.sharedAt)}</span>
              {share.note ? <span className="muted small"> · {share.note}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <ItemManage item={item} />
    </article>
  );
}

/** Anyone in the network, through the people picker, when the one to send it to is not among the suggestions. */
function SendToSomeoneElse({ item, onSent }: { item: ItemView; onSent: (sent: Sent) => void }) {
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [note, setNote] = useState('');
  const { send, error, pending } = useSend(item, onSent);
  const chosen = picked?.kind === 'known' ? picked : null;
  return (
    <form
      className="form send-else"
      aria-label="Send to someone else"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        void send(chosen.id, chosen.name, note).then((ok) => {
          if (!ok) return;
          setPicked(null);
          setNote('');
        });
      }}
    >
      <PeoplePicker
        label="Send to someone else"
        value={picked}
        onChange={setPicked}
        exclude={item.sharedWith.map((share) => share.personId)}
        excludedAre="already got this"
      />
      {chosen ? (
        <>
          <label>
            <span>A note for {chosen.name}</span>
            <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={2000} />
          </label>
          <div className="actions">
            <button type="submit" className="button primary small" disabled={pending}>
              Record and open email
            </button>
          </div>
        </>
      ) : null}
      <ErrorMessage error={error} />
    </form>
  );
}

function Suggestion({
  item,
  suggestion,
  onSent,
}: {
  item: ItemView;
  suggestion: RecipientSuggestion;
  onSent: (sent: Sent) => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { send: sendTo, error, pending } = useSend(item, onSent);
  const send = () => sendTo(suggestion.id, suggestion.name, note);
  // Send gives way to the note's form: the focus goes into the note, not to the section's heading.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) noteRef.current?.focus();
  }, [open]);

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
            <textarea
              ref={noteRef}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              rows={3}
              maxLength={2000}
            />
          </label>
          <div className="actions">
            <button type="submit" className="button primary small" disabled={pending}>
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
