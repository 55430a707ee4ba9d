import { Link } from 'wouter';
import { allowedNext } from '../../core/introductions/workflow.js';
import {
  type IntroductionStatus,
  type IntroductionView,
  introductionStatuses,
  useIntroductionSuggestions,
  useIntroductions,
  useStartIntroduction,
  useUpdateIntroduction,
} from '../api/give.js';
import { ErrorMessage } from '../components/error-message.js';

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
  const start = useStartIntroduction();

  return (
    <section className="page" aria-labelledby="intros-title">
      <p className="breadcrumb">
        <Link href="/give">← Give</Link>
      </p>
      <h1 id="intros-title">Introductions</h1>
      <ErrorMessage error={introductions.error} />
      <div className="board">
        {introductionStatuses.map((status) => {
          const cards = introductions.data?.filter((intro) => intro.status === status) ?? [];
          return (
            <section key={status} className="board-column" aria-labelledby={`col-${status}`}>
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

      <section className="panel" aria-labelledby="intro-suggestions-title">
        <h2 id="intro-suggestions-title">People who should meet</h2>
        <ErrorMessage error={suggestions.error ?? start.error} />
        {suggestions.data?.length === 0 ? (
          <p className="muted">No pairs yet: kith matches one person's needs with another's offers.</p>
        ) : null}
        <ul className="plain-list">
          {suggestions.data?.map((pair) => (
            <li key={`${pair.personA.id}-${pair.personB.id}`} className="suggestion">
              <div className="suggestion-head">
                <span>
                  <Link href={`/people/${pair.personA.id}`}>{pair.personA.name}</Link> and{' '}
                  <Link href={`/people/${pair.personB.id}`}>{pair.personB.name}</Link>
                </span>
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    start.mutate({
                      personAId: pair.personA.id,
                      personBId: pair.personB.id,
                      reason: pair.reasons.join('; '),
                    })
                  }
                >
                  Track this introduction
                </button>
              </div>
              <ul className="reasons">
                {pair.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function IntroductionCard({ intro }: { intro: IntroductionView }) {
  const update = useUpdateIntroduction();
  return (
    <li className="board-card">
      <strong>
        {intro.personAName} ↔ {intro.personBName}
      </strong>
      <span className="muted small">{intro.reason}</span>
      {allowedNext(intro.status).length === 0 ? null : (
        <label>
          <span className="visually-hidden">
            Move {intro.personAName} and {intro.personBName} to
          </span>
          <select
            value=""
            onChange={(event) => {
              if (event.target.value) update.mutate({ id: intro.id, status: event.target.value as IntroductionStatus });
            }}
          >
            <option value="">Move to…</option>
            {allowedNext(intro.status).map((status) => (
              <option key={status} value={status}>
                {columnTitles[status]}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorMessage error={update.error} />
    </li>
  );
}
