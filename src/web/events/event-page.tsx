import './event-page.css';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client.js';
import {
  type EventPrep,
  type EventView,
  useDismissFollowUp,
  useEvent,
  useEventPrep,
  useFollowUps,
  useMeetAtEvent,
  useReopenFollowUp,
  words,
} from '../api/events.js';
import { dayRangeWords, dayWords, localToday } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { Markdown } from '../components/markdown.js';
import { oneLine } from '../components/one-line.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';
import { splitList } from '../people/split-list.js';
import { EventAttendees } from './event-attendees.js';
import { EventManage, MarkAttending } from './event-manage.js';
import { chooseEvent, runsToday } from './event-mode.js';
import { EventTalk } from './event-talk.js';

type Tab = 'people' | 'attendees' | 'prep' | 'follow-ups' | 'talk';

export function EventPage({ id }: { id: string }) {
  const view = useEvent(id);
  const [tab, setTab] = useState<Tab>('people');
  const [, navigate] = useLocation();
  if (view.isPending) return <Loading query={view} />;
  if (view.error) {
    const missing = view.error instanceof ApiError && view.error.status === 404;
    return (
      <section className="page">
        <h1>{missing ? 'Event not found' : 'Could not load this event'}</h1>
        <ErrorMessage error={view.error} />
        <Link href="/events">Back to events</Link>
      </section>
    );
  }
  const { event, organization } = view.data;
  const tabs: [Tab, string][] = [
    ['people', 'People'],
    ['attendees', 'Attendees'],
    ['prep', 'Prep'],
    ['follow-ups', 'Follow-ups'],
    ...(event.role === 'speaker' ? [['talk', 'Talk'] as [Tab, string]] : []),
  ];
  // A tab that went (Talk, once the role is no longer speaker) gives way to the first, so one tab stays a Tab stop.
  const shown = tabs.some(([value]) => value === tab) ? tab : 'people';
  return (
    <article className="page" aria-labelledby="event-title">
      <p className="breadcrumb">
        <Link href="/events">← Events</Link>
      </p>
      <h1 id="event-title">{event.name}</h1>
      <p className="muted">
        {dayRangeWords(event.startsOn, event.endsOn)} · {words(event.kind)} · {event.status}
        {event.location ? ` · ${event.location}` : ''}
        {organization ? (
          <>
            {' · '}
            <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
          </>
        ) : null}
      </p>
      {runsToday(event) ? (
        <button
          type="button"
          className="button primary"
          onClick={() => {
            chooseEvent(event.id);
            navigate('/capture');
          }}
        >
          I'm at {event.name}
        </button>
      ) : null}
      {event.notes ? <Markdown source={event.notes} /> : null}
      <EventTabs tabs={tabs} tab={shown} onChange={setTab} />
      <div role="tabpanel" id={`event-panel-${shown}`} aria-labelledby={`event-tab-${shown}`}>
        {shown === 'people' ? <EventPeople view={view.data} /> : null}
        {shown === 'attendees' ? <EventAttendees eventId={event.id} /> : null}
        {shown === 'prep' ? <Prep eventId={event.id} /> : null}
        {shown === 'talk' ? <EventTalk event={event} /> : null}
        {shown === 'follow-ups' ? <FollowUps eventId={event.id} upcoming={event.startsOn > localToday()} /> : null}
      </div>
      <EventManage event={event} />
    </article>
  );
}

/**
 * The WAI-ARIA tabs pattern: one Tab stop (the selected tab), Left/Right move along the
 * tabs and wrap, Home/End go to the first and last; moving selects (the panel is cheap to show).
 */
function EventTabs({ tabs, tab, onChange }: { tabs: [Tab, string][]; tab: Tab; onChange: (tab: Tab) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const keyDown = (keyEvent: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex(([value]) => value === tab);
    const to: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = tabs[to[keyEvent.key] ?? -1];
    if (!next) return;
    keyEvent.preventDefault();
    onChange(next[0]);
    list.current?.querySelector<HTMLButtonElement>(`#event-tab-${next[0]}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Event views" ref={list}>
      {tabs.map(([value, label]) => (
        <button
          key={value}
          id={`event-tab-${value}`}
          type="button"
          role="tab"
          aria-selected={tab === value}
          // Only the selected tab's panel is rendered, so only it is named (an id must exist).
          aria-controls={tab === value ? `event-panel-${value}` : undefined}
          tabIndex={tab === value ? 0 : -1}
          className={`tab${tab === value ? ' active' : ''}`}
          onClick={() => onChange(value)}
          onKeyDown={keyDown}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function EventPeople({ view }: { view: EventView }) {
  const meet = useMeetAtEvent(view.event.id);
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const focusWho = useRef<(() => void) | null>(null);
  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const formElement = formEvent.currentTarget;
    if (!picked) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const note = text('note') || null;
    // Someone you know goes by id; a new person only when "add new person" was chosen.
    const input =
      picked.kind === 'known'
        ? { personId: picked.id, note }
        : { newPerson: { displayName: picked.name, topics: splitList(text('topics')) }, note };
    meet.mutate(input, {
      onSuccess: (result) => {
        formElement.reset();
        setPicked(null);
        setAdded(`${result.person.displayName} ${result.created ? 'added and ' : ''}recorded as met here.`);
        // Ready for the next person met: the focus goes back to Who.
        focusWho.current?.();
      },
    });
  };
  return (
    <section className="panel" aria-labelledby="met-title">
      <h2 id="met-title">Met or attending</h2>
      {view.people.length === 0 ? <p className="muted">Nobody yet.</p> : null}
      <ul className="plain-list" aria-label="People at this event">
        {view.people.map((person) => (
          <li key={`${person.id}-${person.relation}`}>
            <Link href={`/people/${person.id}`}>{person.displayName}</Link>
            <span className="muted small">
              {' '}
              {person.relation}
              {person.note ? ` · ${oneLine(person.note)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {view.event.startsOn > localToday() ? (
        <p className="muted small">
          Who you meet here can be recorded from {dayWords(view.event.startsOn)}, when it starts.
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label="Record someone you met here">
          <h3>Met someone here?</h3>
          <PeoplePicker
            label="Who"
            focusRef={focusWho}
            value={picked}
            onChange={(value) => {
              setPicked(value);
              setAdded(null);
            }}
            allowNew
          />
          {missing ? (
            <p role="alert" className="error">
              Choose someone you know, or add a new person.
            </p>
          ) : null}
          <label>
            <span>One line about them</span>
            <input name="note" autoComplete="off" maxLength={2000} />
          </label>
          {picked?.kind === 'new' ? (
            <label>
              <span>Topics</span>
              <input name="topics" autoComplete="off" />
            </label>
          ) : null}
          <ErrorMessage error={meet.error} />
          {added ? (
            <p role="status" className="success">
              {added}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button primary" disabled={meet.isPending}>
              Add
            </button>
          </div>
        </form>
      )}
      {/* Who will be there is for an event still to come or running: once it is over, who was there is who you met. */}
      {(view.event.endsOn ?? view.event.startsOn) < localToday() ? null : <MarkAttending eventId={view.event.id} />}
    </section>
  );
}

/** A prep list, and when it is empty, how it would fill: `empty` says so for that list. */
function PrepList({ title, people, empty }: { title: string; people: EventPrep['attending']; empty: string }) {
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {people.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="plain-list">
        {people.map((person) => (
          <li key={person.id}>
            <Link href={`/people/${person.id}`}>{person.displayName}</Link>
            {person.company ? <span className="muted small"> · {person.company}</span> : null}
            {person.reasons.length ? <div className="muted small">{person.reasons.join('; ')}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Prep({ eventId }: { eventId: string }) {
  const prep = useEventPrep(eventId);
  if (prep.isPending) return <Loading query={prep} />;
  if (prep.error) return <ErrorMessage error={prep.error} />;
  const { event } = prep.data;
  return (
    <>
      <PrepList
        title="Will be there"
        people={prep.data.attending}
        empty={
          (event.endsOn ?? event.startsOn) < localToday()
            ? 'Nobody was marked as attending.'
            : 'Nobody you know is marked as attending: say who will be there on the People tab.'
        }
      />
      <PrepList
        title="Ask to a meal"
        people={prep.data.mealSuggestions}
        empty="Chosen from who will be there, its organization and nearby, closest first: nobody yet."
      />
      <PrepList
        title="From the organization"
        people={prep.data.affiliated}
        empty={
          event.organizationId
            ? 'Nobody you know belongs to its organization.'
            : 'This event has no organization: give it one to see who you know there.'
        }
      />
      <PrepList
        title="Nearby"
        people={prep.data.local}
        empty={
          event.location
            ? `Nobody you know lives in ${event.location} (by the city of their location).`
            : 'This event has no place: give it one to see who you know nearby.'
        }
      />
    </>
  );
}

function FollowUps({ eventId, upcoming }: { eventId: string; upcoming: boolean }) {
  const followUps = useFollowUps(eventId);
  const dismiss = useDismissFollowUp();
  const reopen = useReopenFollowUp();
  const toast = useToast();
  const done = (personId: string, personName: string) =>
    dismiss
      .mutateAsync({ eventId, personId })
      .then(() =>
        toast({
          message: `Followed up with ${personName}.`,
          undo: () => reopen.mutateAsync({ eventId, personId }),
        }),
      )
      .catch(() => undefined);
  if (followUps.isPending) return <Loading query={followUps} />;
  return (
    <section className="panel" aria-labelledby="follow-title">
      <h2 id="follow-title">Met, not yet followed up</h2>
      <ErrorMessage error={followUps.error ?? dismiss.error} />
      {followUps.data?.length === 0 ? (
        <p className="muted">
          {upcoming ? 'It has not started: who you meet here is listed for a follow-up.' : 'All followed up.'}
        </p>
      ) : null}
      <ul className="plain-list">
        {followUps.data?.map((followUp) => (
          <li key={followUp.personId} className="reminder">
            <span>
              <Link href={`/people/${followUp.personId}`}>{followUp.personName}</Link>
              <span className="muted small">
                {' '}
                met {dayWords(followUp.metOn)}, follow up by {dayWords(followUp.dueOn)}
                {followUp.note ? ` · ${oneLine(followUp.note)}` : ''}
              </span>
            </span>
            <button
              type="button"
              className="button small"
              onClick={() => void done(followUp.personId, followUp.personName)}
              aria-label={`Done following up with ${followUp.personName}`}
            >
              Done
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
