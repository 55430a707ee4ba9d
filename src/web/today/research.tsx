import './research.css';
import { useState } from 'react';
import { Link } from 'wouter';
import { type TierAdvice, useAnswerTierAdvice, useDismissReconnect, useDraft } from '../api/daily-research.js';
import type { TodayEntry } from '../api/keep-in-touch.js';
import { ErrorMessage } from '../components/error-message.js';

const kindLabels: Record<NonNullable<TodayEntry['kind']>, string> = {
  reconnect: 'Reconnect with a dormant tie',
  hello: 'Just say hello',
};

/** What kind of entry this is, when it is not someone coming due. */
export function EntryKind({ entry }: { entry: TodayEntry }) {
  return entry.kind ? <p className={`entry-kind ${entry.kind}`}>{kindLabels[entry.kind]}</p> : null;
}

/** "Draft" shows an opener to copy (kith never sends it); a dormant tie also gets "Not now". */
export function ResearchActions({ entry }: { entry: TodayEntry }) {
  const [open, setOpen] = useState(false);
  const dismiss = useDismissReconnect();
  // A plain hello has no task attached, so no drafted agenda either.
  if (entry.kind === 'hello') return null;
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        aria-label={`Draft an opener for ${entry.name}`}
      >
        Draft
      </button>
      {entry.kind === 'reconnect' ? (
        <button
          type="button"
          className="button small"
          disabled={dismiss.isPending}
          onClick={() => dismiss.mutate(entry.id)}
          aria-label={`Not now: do not propose ${entry.name} again for a year`}
        >
          Not now
        </button>
      ) : null}
      {open ? <DraftPanel personId={entry.id} /> : null}
      <ErrorMessage error={dismiss.error} />
    </>
  );
}

function DraftPanel({ personId }: { personId: string }) {
  const draft = useDraft(personId, true);
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <div className="draft-panel">
      <ErrorMessage error={draft.error} />
      {draft.data ? (
        <>
          <label>
            <span className="visually-hidden">Draft for {draft.data.personName}</span>
            <textarea readOnly rows={7} value={draft.data.text} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <p className="muted small">
            From{' '}
            {[draft.data.lastNote ? 'when you last spoke' : null, draft.data.sharedEvent, draft.data.sharedOrganization]
              .filter(Boolean)
              .join(', ') || 'nothing recorded yet'}
            . kith never sends it: copy it, make it yours.
          </p>
          {/* Your note is for you, to draw on in your own words: beside the draft, never in it. */}
          {draft.data.lastNote ? <p className="muted small">Your last note: {draft.data.lastNote}</p> : null}
          <button type="button" className="button small primary" onClick={() => copy(draft.data.text)}>
            {copied ? 'Copied' : 'Copy'}
          </button>
        </>
      ) : (
        <p className="muted">Drafting…</p>
      )}
    </div>
  );
}

/** Tier-size advice: said once, until answered by moving people out or keeping things as they are. */
export function TierAdvicePanel({ advice }: { advice: TierAdvice }) {
  const answer = useAnswerTierAdvice();
  const [chosen, setChosen] = useState(() => new Set(advice.people.map((person) => person.id)));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <section className="panel tier-advice" aria-labelledby="tier-advice-title">
      <h2 id="tier-advice-title">Tiers that fit a life</h2>
      <p>{advice.message}</p>
      <ul className="plain-list">
        {advice.people.map((person) => (
          <li key={person.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} />
              <span>
                <Link href={`/people/${person.id}`}>{person.name}</Link>
                <span className="muted small">
                  {' '}
                  {person.lastInteractionOn ? `last in touch ${person.lastInteractionOn}` : 'never in touch'} →{' '}
                  {person.toTier}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorMessage error={answer.error} />
      <div className="actions">
        <button
          type="button"
          className="button primary small"
          disabled={answer.isPending || chosen.size === 0}
          onClick={() => answer.mutate({ tier: advice.tier, personIds: [...chosen] })}
        >
          Move {chosen.size === 1 ? 'this one' : `these ${chosen.size}`}
        </button>
        <button
          type="button"
          className="button small"
          disabled={answer.isPending}
          onClick={() => answer.mutate({ tier: advice.tier, personIds: [] })}
        >
          Keep things as they are
        </button>
      </div>
    </section>
  );
}
