import './today-page.css';
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { useNextMorning } from '../api/conference.js';
import { useEvents, words } from '../api/events.js';
import {
  type TodayEntry,
  useCompleteReminder,
  useDriftDecision,
  useDueReminders,
  useSnoozePerson,
  useToday,
  useUndoDrift,
  useUpcomingOccasions,
} from '../api/keep-in-touch.js';
import { useNetworkIsNew } from '../api/people.js';
import { Avatar } from '../components/avatar.js';
import { dayRangeWords, dayWords, localToday, longDayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { useFocusOnReturn } from '../components/focus.js';
import { Loading } from '../components/loading.js';
import { SnoozeControl } from '../components/snooze-control.js';
import { useToast } from '../components/toasts.js';
import { FirstRun } from '../people/first-run.js';
import { TierBadge } from '../people/tier-badge.js';
import { LogInteractionForm } from './log-interaction-form.js';
import { NextMorning } from './next-morning.js';
import { EntryKind, ResearchActions, TierAdvicePanel } from './research.js';

const snoozeChoices = [
  ['1w', 'a week'],
  ['2w', 'two weeks'],
  ['1m', 'a month'],
] as const;

export function TodayPage() {
  const today = useToday();
  const reminders = useDueReminders();
  const complete = useCompleteReminder();
  const toast = useToast();
  // From a month back, so an event that began earlier and is still on shows as running now.
  const events = useEvents({ from: localToday(-31), to: localToday(14) });
  const day = localToday();
  const soon = (events.data ?? []).filter((event) => (event.endsOn ?? event.startsOn) >= day).reverse();
  const occasions = useUpcomingOccasions();
  // Whoever the next morning's follow-ups open with is not listed twice.
  const morning = useNextMorning();
  const inMorning = new Set(morning.data?.followUps.map((followUp) => followUp.personId));
  const entries = (today.data?.entries ?? []).filter((entry) => !inMorning.has(entry.id));
  // An empty network gets the first-run screen rather than an empty list.
  const networkIsNew = useNetworkIsNew();
  if (networkIsNew.data) {
    return (
      <section className="page today" aria-labelledby="today-title">
        <h1 id="today-title">Today</h1>
        <FirstRun />
      </section>
    );
  }

  return (
    <section className="page today" aria-labelledby="today-title">
      <div className="page-header">
        <div>
          <h1 id="today-title">Today</h1>
          {today.data ? <p className="muted">{longDayWords(today.data.date)}</p> : null}
        </div>
      </div>
      <NextMorning />
      <ErrorMessage error={today.error} />
      {today.isPending ? <Loading query={today} /> : null}
      {today.data && today.data.entries.length === 0 && inMorning.size === 0 ? (
        <div className="panel">
          <p>Nobody is due today. Enjoy the quiet, or add someone you met recently.</p>
          <Link href="/people/new">Add a person</Link>
        </div>
      ) : null}
      {today.data?.advice ? <TierAdvicePanel key={today.data.advice.tier} advice={today.data.advice} /> : null}
      <ol className="today-list" aria-label="Who to reach out to">
        {entries.map((entry) => (
          <TodayCard key={entry.id} entry={entry} />
        ))}
      </ol>

      <LogWithAnyone />

      <section className="panel" aria-labelledby="soon-title">
        <h2 id="soon-title">Events now and in the next 14 days</h2>
        <ErrorMessage error={events.error} />
        {events.data && soon.length === 0 ? <p className="muted">None planned.</p> : null}
        <ul className="plain-list" aria-label="Events soon">
          {soon.map((event) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>{event.name}</Link>
              {event.startsOn <= day ? <span className="badge now">happening now</span> : null}
              <span className="muted small">
                {' '}
                {dayRangeWords(event.startsOn, event.endsOn)} · {words(event.kind)}
                {event.location ? ` · ${event.location}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="dates-title">
        <h2 id="dates-title">Birthdays and dates in the next 14 days</h2>
        <ErrorMessage error={occasions.error} />
        {occasions.data?.items.length === 0 ? <p className="muted">None coming up.</p> : null}
        <ul className="plain-list" aria-label="Birthdays and dates">
          {occasions.data?.items.map((occasion) => (
            <li key={`${occasion.personId}-${occasion.label}`}>
              <Link href={`/people/${occasion.personId}`}>{occasion.personName}</Link>
              <span className="muted small">
                {' '}
                {occasion.label} ·{' '}
                {occasion.inDays === 0 ? 'today' : occasion.inDays === 1 ? 'tomorrow' : `in ${occasion.inDays} days`} (
                {dayWords(occasion.date)})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="reminders-title">
        <div className="page-header">
          <h2 id="reminders-title">Reminders due</h2>
          <Link href="/reminders" className="button small">
            All reminders
          </Link>
        </div>
        <ErrorMessage error={reminders.error ?? complete.error} />
        {reminders.data?.items.length === 0 ? <p className="muted">No reminders due.</p> : null}
        <ul className="plain-list">
          {reminders.data?.items.map((reminder) => (
            <li key={reminder.id} className="reminder">
              <span>
                {reminder.text}
                {reminder.personId ? (
                  <>
                    {' · '}
                    <Link href={`/people/${reminder.personId}`}>{reminder.personName}</Link>
                  </>
                ) : null}
                <span className="muted small">
                  {' '}
                  {reminder.dueOn === localToday() ? 'due today' : `overdue since ${dayWords(reminder.dueOn)}`}
                </span>
              </span>
              <button
                type="button"
                className="button small"
                onClick={() =>
                  complete.mutate(reminder.id, { onSuccess: () => toast({ message: `Done: ${reminder.text}.` }) })
                }
                aria-label={`Mark done: ${reminder.text}`}
              >
                Done
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function TodayCard({ entry }: { entry: TodayEntry }) {
  const [logging, setLogging] = useState(false);
  const logButton = useFocusOnReturn<HTMLButtonElement>(!logging);
  const snooze = useSnoozePerson();
  const drift = useDriftDecision();
  const undoDrift = useUndoDrift();
  const toast = useToast();
  // The card leaves the list either way: a toast says what happened, and Undo brings the question back.
  const answerDrift = (accept: boolean) =>
    drift
      .mutateAsync({ personId: entry.id, accept })
      .then(({ before }) =>
        toast({
          message: accept
            ? `${entry.name} moved to ${entry.drift?.toTier}.`
            : `${entry.name} stays ${entry.drift?.fromTier}; not asked again for a while.`,
          undo: () => undoDrift.mutateAsync({ personId: entry.id, before }),
        }),
      )
      .catch(() => undefined);
  const snoozeFor = (duration: string, label: string) =>
    snooze
      .mutateAsync({ personId: entry.id, duration })
      .then(() =>
        toast({
          message: `${entry.name} snoozed for ${label}.`,
          // A snooze that ends on a past day ends now.
          undo: () => snooze.mutateAsync({ personId: entry.id, until: '1970-01-01' }),
        }),
      )
      .catch(() => undefined);

  return (
    <li className="today-card">
      <EntryKind entry={entry} />
      <div className="today-head">
        <span className="avatar-with-name">
          <Avatar personId={entry.id} name={entry.name} size="small" />
          <Link href={`/people/${entry.id}`} className="person-name">
            {entry.name}
          </Link>
        </span>
        <TierBadge tier={entry.tier} />
      </div>
      <ul className="reasons">
        {entry.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {entry.gift ? (
        <p className="actions">
          <Link href={`/give/items/${entry.gift.itemId}`} className="button small">
            Send “{entry.gift.itemTitle}”
          </Link>
        </p>
      ) : null}
      {entry.drift ? (
        <fieldset className="drift">
          <legend>
            Let this one find its level: move from {entry.drift.fromTier} to {entry.drift.toTier}?
          </legend>
          <span className="actions">
            <button type="button" className="button small" onClick={() => void answerDrift(true)}>
              Move to {entry.drift.toTier}
            </button>
            <button type="button" className="button small" onClick={() => void answerDrift(false)}>
              Keep {entry.drift.fromTier}
            </button>
          </span>
        </fieldset>
      ) : null}
      {logging ? (
        <LogInteractionForm
          personId={entry.id}
          personName={entry.name}
          autoFocus
          onDone={() => setLogging(false)}
          onCancel={() => {
            logButton.focusOnReturn();
            setLogging(false);
          }}
        />
      ) : (
        <div className="actions">
          <button
            ref={logButton.ref}
            type="button"
            className="button primary small"
            onClick={() => setLogging(true)}
            aria-label={`Log an interaction with ${entry.name}`}
          >
            Log
          </button>
          <SnoozeControl what={entry.name} choices={snoozeChoices} onSnooze={snoozeFor} />
          <ResearchActions entry={entry} />
        </div>
      )}
      <ErrorMessage error={snooze.error ?? drift.error} />
    </li>
  );
}

/** Logging with anyone, not only those on the list: the form is built only when opened. */
function LogWithAnyone() {
  const [open, setOpen] = useState(false);
  return (
    <details className="panel log-anyone" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Log an interaction with anyone</summary>
      {open ? <LogInteractionForm /> : null}
    </details>
  );
}
