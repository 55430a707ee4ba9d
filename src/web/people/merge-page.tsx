import './merge-page.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { mergeChoiceFields } from '../../core/dedupe/constants.js';
import type { MergeChoiceField } from '../../core/dedupe/schema.js';
import { request } from '../api/client.js';
import { type Person, usePerson } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { aboutPerson, PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';
import { mergeValueWords } from './merge-values.js';

const fieldNames: Record<MergeChoiceField, string> = {
  displayName: 'Name',
  givenName: 'First name',
  familyName: 'Last name',
  nickname: 'Nickname',
  title: 'Title',
  company: 'Organization',
  industry: 'Industry',
  location: 'Location',
  birthday: 'Birthday',
  tier: 'Tier',
  cadenceDays: 'Cadence (days)',
  howMet: 'How you met',
  metOn: 'Met on',
};

const empty = (value: unknown) => value === null || value === '';

/** The fields where both have a value and they differ (an empty one is filled from the other anyway). */
export function differingFields(keep: Person, other: Person): MergeChoiceField[] {
  return mergeChoiceFields.filter(
    (field) => !empty(keep[field]) && !empty(other[field]) && keep[field] !== other[field],
  );
}

const listLine = (person: Person) =>
  [
    ...person.emails.map((email) => email.value),
    ...person.phones.map((phone) => phone.value),
    ...person.tags.map((tag) => `#${tag}`),
    ...person.topics,
  ].join(', ');

/**
 * Two records side by side, a choice per field where they differ; every email, phone,
 * link, tag, topic, offer and need of both is kept, notes are joined, and everything
 * that pointed at the other person (interactions, events, introductions…) moves over.
 */
export function MergePage() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const [a, setA] = useState(params.get('a') ?? '');
  const [b, setB] = useState(params.get('b') ?? '');
  const set = (which: 'a' | 'b', id: string) => {
    const next = { a, b, [which]: id };
    if (which === 'a') setA(id);
    else setB(id);
    navigate(`/people/merge?a=${encodeURIComponent(next.a)}&b=${encodeURIComponent(next.b)}`, { replace: true });
  };
  return (
    <section className="page" aria-labelledby="merge-title">
      <p className="breadcrumb">
        <Link href="/people">← People</Link>
      </p>
      <h1 id="merge-title">Merge two people</h1>
      <p className="muted">
        Nothing is lost: both records' emails, phones, links, tags, topics, offers and needs are kept, notes are joined,
        and interactions, events and introductions move to the person kept.
      </p>
      <div className="merge-pickers">
        <Side label="Keep" id={a} onPick={(id) => set('a', id)} exclude={b} />
        <Side label="Merge into them" id={b} onPick={(id) => set('b', id)} exclude={a} />
      </div>
      {a && b ? (
        <MergeForm
          keepId={a}
          otherId={b}
          onSwap={() =>
            navigate(`/people/merge?a=${encodeURIComponent(b)}&b=${encodeURIComponent(a)}`, { replace: true })
          }
          key={`${a}-${b}`}
        />
      ) : null}
    </section>
  );
}

function Side({
  label,
  id,
  onPick,
  exclude,
}: {
  label: string;
  id: string;
  onPick: (id: string) => void;
  exclude: string;
}) {
  const person = usePerson(id);
  // The choice is shown at once (the picker stays, and its Change button takes the focus) while the record loads.
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const value: PickedPerson | null =
    id && person.data
      ? { kind: 'known', id, name: person.data.displayName, about: aboutPerson(person.data) }
      : picked?.kind === 'known' && picked.id === id
        ? picked
        : null;
  if (id && person.isPending && !value) return <p className="muted">Loading…</p>;
  return (
    <div className="merge-side">
      <PeoplePicker
        label={label}
        value={value}
        onChange={(choice) => {
          setPicked(choice);
          onPick(choice?.kind === 'known' ? choice.id : '');
        }}
        exclude={[exclude]}
      />
      <ErrorMessage error={person.error} />
    </div>
  );
}

/**
 * The choice per differing field and the merge itself. On its own page a merge goes to
 * the person kept; embedded elsewhere (an import's likely duplicates) `onMerged` says
 * what happens instead, and the page stays.
 */
export function MergeForm({
  keepId,
  otherId,
  onSwap,
  onMerged,
}: {
  keepId: string;
  otherId: string;
  onSwap: () => void;
  onMerged?: (merged: Person, otherName: string) => void;
}) {
  const keep = usePerson(keepId);
  const other = usePerson(otherId);
  const [take, setTake] = useState<Set<MergeChoiceField>>(new Set());
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const toast = useToast();
  const merge = useMutation({
    mutationFn: () =>
      request<Person>('POST', `/people/${encodeURIComponent(keepId)}/merge`, {
        body: { otherId, takeFromOther: [...take] },
      }),
    onSuccess: async (merged) => {
      // Leave first: this page's queries for the other person would ask for someone gone.
      client.setQueryData(['people', 'one', merged.id], merged);
      if (onMerged) onMerged(merged, other.data?.displayName ?? '');
      else {
        navigate(`/people/${merged.id}`);
        toast({ message: `Merged into ${merged.displayName}.` });
      }
      client.removeQueries({ queryKey: ['people', 'one', otherId] });
      await client.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
  if (!keep.data || !other.data) return null;
  const fields = differingFields(keep.data, other.data);
  const choose = (field: MergeChoiceField, fromOther: boolean) =>
    setTake((current) => {
      const next = new Set(current);
      if (fromOther) next.add(field);
      else next.delete(field);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    merge.mutate();
  };
  return (
    <form className="panel form" onSubmit={submit} aria-labelledby="merge-fields-title">
      <h2 id="merge-fields-title">Where they differ, which value to keep</h2>
      {fields.length === 0 ? <p className="muted">No field differs: the merge only combines their lists.</p> : null}
      {fields.map((field) => (
        <fieldset key={field} className="merge-field">
          <legend>{fieldNames[field]}</legend>
          <label className="checkbox">
            <input type="radio" name={field} checked={!take.has(field)} onChange={() => choose(field, false)} />
            <span>{mergeValueWords(field, keep.data[field])}</span>
          </label>
          <label className="checkbox">
            <input type="radio" name={field} checked={take.has(field)} onChange={() => choose(field, true)} />
            <span>{mergeValueWords(field, other.data[field])}</span>
          </label>
        </fieldset>
      ))}
      <div className="merge-lists">
        <p>
          <strong>Kept from {keep.data.displayName}:</strong> {listLine(keep.data) || '—'}
        </p>
        <p>
          <strong>Added from {other.data.displayName}:</strong> {listLine(other.data) || '—'}
        </p>
      </div>
      <ErrorMessage error={merge.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={merge.isPending}>
          Merge {other.data.displayName} into {keep.data.displayName}
        </button>
        <button type="button" className="button" onClick={onSwap}>
          Keep the other one instead
        </button>
      </div>
    </form>
  );
}
