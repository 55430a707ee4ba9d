import './introductions-page.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { introductionSteps } from '../../core/introductions/constants.js';
import {
  type IntroductionStatus,
  type IntroductionView,
  introductionStatuses,
  useDismissSuggestion,
  useIntroductionSuggestions,
  useIntroductions,
  useStartIntroduction,
  useUpdateIntroduction,
} from '../api/give.js';
import { dayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';

const columnTitles: Record<IntroductionStatus, string> = {
  suggested: 'Suggested',
  'asked-a': 'Asked the first',
  'asked-b': 'Asked the second',
  made: 'Made',
  declined: 'Declined',
  'followed-up': 'Followed up',
};

/** Introductions as a board by status, and pairs kith thinks should meet. */
export function IntroductionsPage() {
  const introductions = useIntroductions();
  const suggestions = useIntroductionSuggestions();
  const [tracked, setTracked] = useState<string | null>(null);
  const trackedRef = useRef<HTMLParagraphElement>(null);
  // Focus the confirmation, so the page says what happened where the eye and screen reader are.
  useEffect(() => {
    if (tracked) trackedRef.current?.focus();
  }, [tracked]);

  return (
    <section className="page" aria-labelledby="intros-title">
      <p className="breadcrumb">
        <Link href="/give">← Give</Link>
      </p>
      <h1 id="intros-title">Introductions</h1>
      <ErrorMessage error={introductions.error} />
      {introductions.data?.length === 0 ? (
        <p className="muted">No introductions tracked yet: start one below, or from a suggestion.</p>
      ) : null}
      <div className="board">
        {introductionStatuses.map((status) => {
          const cards = introductions.data?.filter((intro) => intro.status === status) ?? [];
          return (
            <section
              key={status}
              className={`board-column${cards.length === 0 ? ' empty' : ''}`}
              aria-labelledby={`col-${status}`}
            >
              <h2 id={`col-${status}`}>
                {columnTitles[status]} <span className="muted small">{cards.length}</span>
              </h2>
              <ul className="plain-list">
                {cards.map((intro) => (
                  <IntroductionCard key={intro.id} intro={intro} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>

      <IntroduceForm onStarted={setTracked} />

      <section className="panel" aria-labelledby="intro-suggestions-title">
        <h2 id="intro-suggestions-title">People who should meet</h2>
        <ErrorMessage error={suggestions.error} />
        {tracked ? (
          <p role="status" className="success" ref={trackedRef} tabIndex={-1}>
            Tracking {tracked}: it is on the board under Suggested.
          </p>
        ) : null}
        {suggestions.data?.length === 0 ? (
          <p className="muted">No pairs yet: kith matches one person's needs with another's offers.</p>
        ) : null}
        <ul className="plain-list">
          {suggestions.data?.map((pair) => (
            <SuggestionCard key={`${pair.personA.id}-${pair.personB.id}`} pair={pair} onStarted={setTracked} />
          ))}
        </ul>
      </section>
    </section>
  );
}

type Pair = NonNullable<ReturnType<typeof useIntroductionSuggestions>['data']>[number];

function SuggestionCard({ pair, onStarted }: { pair: Pair; onStarted: (names: string) => void }) {
  const start = useStartIntroduction();
  const dismiss = useDismissSuggestion();
  const [dismissing, setDismissing] = useState(false);
  const names = `${pair.personA.name} and ${pair.personB.name}`;
  return (
    <li className="suggestion">
      <div className="suggestion-head">
        <span>
          <Link href={`/people/${pair.personA.id}`}>{pair.personA.name}</Link> and{' '}
          <Link href={`/people/${pair.personB.id}`}>{pair.personB.name}</Link>
        </span>
        <span className="actions">
          <button
            type="button"
            className="button small"
            onClick={() =>
              start.mutate(
                { personAId: pair.personA.id, personBId: pair.personB.id, reason: pair.reasons.join('; ') },
                { onSuccess: () => onStarted(names) },
              )
            }
          >
            Track this introduction
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => setDismissing(true)}
            aria-label={`Dismiss ${names}`}
          >
            Dismiss
          </button>
        </span>
      </div>
      <ul className="reasons">
        {pair.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {dismissing ? (
        <form
          className="form"
          aria-label={`Why not ${names}?`}
          onSubmit={(event) => {
            event.preventDefault();
            const feedback = String(new FormData(event.currentTarget).get('feedback') ?? '').trim();
            dismiss.mutate({ personAId: pair.personA.id, personBId: pair.personB.id, feedback: feedback || null });
          }}
        >
          <label>
            <span>What's wrong with this pair? (optional)</span>
            <input name="feedback" autoComplete="off" maxLength={1000} placeholder="they already know each other" />
          </label>
          <div className="actions">
            <button type="submit" className="button primary small" disabled={dismiss.isPending}>
              Don't suggest again
            </button>
            <button type="button" className="button small" onClick={() => setDismissing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={start.error ?? dismiss.error} />
    </li>
  );
}

/** Any two people, named with the people picker, and why they should meet. */
function IntroduceForm({ onStarted }: { onStarted: (names: string) => void }) {
  const start = useStartIntroduction();
  const [a, setA] = useState<PickedPerson | null>(null);
  const [b, setB] = useState<PickedPerson | null>(null);
  const [unchosen, setUnchosen] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Both from the list: a name typed and not chosen is nobody kith knows yet.
    const missing = a?.kind !== 'known' ? 'first' : b?.kind !== 'known' ? 'second' : null;
    setUnchosen(missing && `Choose the ${missing} person from the list of people you know.`);
    if (missing) return;
    const formElement = event.currentTarget;
    const reason = String(new FormData(formElement).get('reason') ?? '');
    start.mutate(
      {
        personAId: a?.kind === 'known' ? a.id : '',
        personBId: b?.kind === 'known' ? b.id : '',
        reason,
      },
      {
        onSuccess: (intro) => {
          onStarted(`${intro.personAName} and ${intro.personBName}`);
          setA(null);
          setB(null);
          formElement.reset();
        },
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="introduce-title">
      <h2 id="introduce-title">Introduce two people</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Introduce two people">
        <PeoplePicker label="First person" value={a} onChange={setA} exclude={b?.kind === 'known' ? [b.id] : []} />
        <PeoplePicker label="Second person" value={b} onChange={setB} exclude={a?.kind === 'known' ? [a.id] : []} />
        <label>
          <span>Why they should meet</span>
          <input name="reason" autoComplete="off" maxLength={1000} />
        </label>
        {unchosen ? (
          <p role="alert" className="error">
            {unchosen}
          </p>
        ) : (
          <ErrorMessage error={start.error} names={{ reason: 'Why they should meet' }} />
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={start.isPending}>
            Start tracking
          </button>
        </div>
      </form>
    </section>
  );
}

/** A step reached, in words naming who: "asked Grace Mensah", "made". */
function stepWords(intro: IntroductionView, status: IntroductionStatus): string {
  if (status === 'asked-a') return `asked ${intro.personAName}`;
  if (status === 'asked-b') return `asked ${intro.personBName}`;
  return columnTitles[status].toLowerCase();
}

/** A next step's button, the same words: "Asked Grace Mensah", and "Both agreed: made" for the double opt-in. */
function stepLabel(intro: IntroductionView, status: IntroductionStatus): string {
  if (status === 'made') return 'Both agreed: made';
  const words = stepWords(intro, status);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where an introduction stands, with its day: "asked Ada Okafor Dec 3". */
function standing(intro: IntroductionView): string {
  const days: Record<IntroductionStatus, string | null> = {
    suggested: intro.suggestedOn,
    'asked-a': intro.askedAOn,
    'asked-b': intro.askedBOn,
    made: intro.madeOn,
    declined: intro.declinedOn,
    'followed-up': intro.followedUpOn,
  };
  return `${stepWords(intro, intro.status)} ${dayWords(days[intro.status] ?? intro.suggestedOn)}`;
}

function IntroductionCard({ intro }: { intro: IntroductionView }) {
  const update = useUpdateIntroduction();
  const toast = useToast();
  const pair = `${intro.personAName} ↔ ${intro.personBName}`;
  // The card moves to another column, which takes the focus with it: the toast says where it went.
  const move = (status: IntroductionStatus) =>
    update
      .mutateAsync({ id: intro.id, status })
      .then(() => toast({ message: `${pair}: ${stepWords(intro, status)}.` }))
      .catch(() => undefined);
  return (
    <li className="board-card" aria-label={pair}>
      <strong>{pair}</strong>
      <span className="muted small">{intro.reason}</span>
      <span className="muted small">{standing(intro)}</span>
      {introductionSteps[intro.status].length === 0 ? null : (
        <span className="board-steps">
          {introductionSteps[intro.status].map((status) => (
            <button
              key={status}
              type="button"
              className="button small"
              disabled={update.isPending}
              onClick={() => void move(status)}
            >
              {stepLabel(intro, status)}
            </button>
          ))}
        </span>
      )}
      <ErrorMessage error={update.error} />
    </li>
  );
}
