import './people-picker.css';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, request } from '../api/client.js';
import type { Page, Person } from '../api/people.js';
import { useDebounced } from '../people/use-debounced.js';

/** What the picker settled on: someone you know, or (when allowed) a new person by name. */
export type PickedPerson = { kind: 'known'; id: string; name: string; about: string } | { kind: 'new'; name: string };

/** Title and company, to tell two people of one name apart. */
export function aboutPerson(person: Pick<Person, 'title' | 'company'>): string {
  return [person.title, person.company].filter(Boolean).join(' · ');
}

function usePeopleSearch(text: string) {
  const q = useDebounced(text.trim(), 150);
  return useQuery({
    queryKey: ['people', 'picker', q],
    enabled: q.length > 0,
    queryFn: ({ signal }) => request<Page<Person>>('GET', '/people', { query: { q, limit: 8 }, signal }),
  });
}

/**
 * The one way to name a person in a form: type-ahead over search, each match with its
 * title and company, and "add new person" as an explicit last choice (never implied by
 * a name that happens to match, or not match, someone).
 */
export function PeoplePicker({
  label,
  value,
  onChange,
  allowNew = false,
  exclude = [],
  excludedAre = 'already chosen',
  focusRef,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (value: PickedPerson | null) => void;
  allowNew?: boolean;
  exclude?: string[];
  /** Why the excluded are not offered, said when they are all a search finds: "already got this". */
  excludedAre?: string;
  /** Set to a function that puts the focus in the text box, for a form that starts over after a save. */
  focusRef?: { current: (() => void) | null };
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  // Escape or leaving the box closes the list; typing, focus or ArrowDown opens it again.
  const [dismissed, setDismissed] = useState(false);
  const search = usePeopleSearch(text);
  // Offline the search waits (paused) or fails without an answer: no match then says
  // nothing about who is in the network, so the list must not say "Nobody by that name".
  const unreachable =
    search.data === undefined &&
    (search.fetchStatus === 'paused' || (search.isError && !(search.error instanceof ApiError)));
  const found = search.data?.items ?? [];
  const matches = found.filter((person) => !exclude.includes(person.id));
  const excluded = found.filter((person) => exclude.includes(person.id));
  const choices: PickedPerson[] = [
    ...matches.map(
      (person): PickedPerson => ({
        kind: 'known',
        id: person.id,
        name: person.displayName,
        about: aboutPerson(person),
      }),
    ),
    ...(allowNew && text.trim() ? [{ kind: 'new', name: text.trim() } as const] : []),
  ];
  const open = text.trim().length > 0 && value === null && !dismissed;
  // A choice replaces the text box with the chosen name: its Change button takes the focus.
  const justChose = useRef(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  // Change brings the text box back, with the focus in it.
  const changing = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // Asked while the box is not there yet (the chosen name still shows), the focus waits for it.
  const focusWanted = useRef(false);
  if (focusRef) {
    focusRef.current = () => {
      focusWanted.current = true;
      inputRef.current?.focus();
    };
  }
  useEffect(() => {
    if (!focusWanted.current || !inputRef.current) return;
    focusWanted.current = false;
    inputRef.current.focus();
  });
  useEffect(() => {
    if (value && justChose.current) changeRef.current?.focus();
    if (!value && changing.current) inputRef.current?.focus();
    justChose.current = false;
    changing.current = false;
  }, [value]);

  if (value) {
    return (
      <div className="picker-chosen">
        <span className="picker-label">{label}</span>
        <span className="picker-value">
          <span>
            <strong>{value.kind === 'new' ? `New: ${value.name}` : value.name}</strong>
            {value.kind === 'known' && value.about ? <span className="muted small"> · {value.about}</span> : null}
          </span>
          <button
            ref={changeRef}
            type="button"
            className="button small"
            onClick={() => {
              changing.current = true;
              onChange(null);
            }}
            aria-label={`Change ${label.toLowerCase()}`}
          >
            Change
          </button>
        </span>
      </div>
    );
  }

  const choose = (choice: PickedPerson | undefined) => {
    if (!choice) return;
    justChose.current = true;
    onChange(choice);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && open) {
      // Closes the list only: a form around the picker keeps its own Escape for the next press.
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setDismissed(false);
      else setActive((index) => Math.min(index + 1, choices.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(choices[active]);
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>
        <span>{label}</span>
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && choices[active] ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder="Type a name…"
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setDismissed(false)}
        onBlur={() => setDismissed(true)}
      />
      {open ? (
        <div id={`${id}-list`} role="listbox" aria-label={`${label}: choices`} className="picker-list">
          {choices.map((choice, index) => (
            <div
              key={choice.kind === 'known' ? choice.id : 'new'}
              id={`${id}-option-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={`picker-option${index === active ? ' active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
              onKeyDown={() => undefined}
            >
              {choice.kind === 'known' ? (
                <>
                  <strong>{choice.name}</strong>
                  {choice.about ? <span className="muted small"> · {choice.about}</span> : null}
                </>
              ) : (
                <strong>+ Add new person “{choice.name}”</strong>
              )}
            </div>
          ))}
          {unreachable ? (
            <div className="picker-option muted" role="option" tabIndex={-1} aria-selected={false} aria-disabled="true">
              {navigator.onLine
                ? 'Could not reach kith to search. Check the connection and try again.'
                : 'Offline: finding people needs a connection (someone added offline can be chosen once synced)'}
            </div>
          ) : null}
          {choices.length === 0 && !unreachable ? (
            <div className="picker-option muted" role="option" tabIndex={-1} aria-selected={false} aria-disabled="true">
              {search.isFetching
                ? 'Searching…'
                : excluded.length > 0
                  ? `${excluded.map((person) => person.displayName).join(', ')}: ${excludedAre}`
                  : 'Nobody by that name'}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
