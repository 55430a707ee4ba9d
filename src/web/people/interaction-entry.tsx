import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type InteractionKind,
  interactionKinds,
  type TimelineEntry,
  useDeleteInteraction,
  useLogInteraction,
  useUpdateInteraction,
} from '../api/keep-in-touch.js';
import { dayWords, localToday } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { useFocusOnReturn } from '../components/focus.js';
import { Markdown } from '../components/markdown.js';
import { useToast } from '../components/toasts.js';

/**
 * An interaction on a person's timeline, which can be put right: Edit changes its kind,
 * day, note and details in place; Delete takes it back at once, with Undo in the toast.
 */
export function InteractionEntry({ entry, id }: { entry: TimelineEntry; id: string }) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteInteraction();
  const relog = useLogInteraction();
  const toast = useToast();
  const edit = useFocusOnReturn<HTMLButtonElement>(!editing);

  const deleteIt = async () => {
    // The answer is the interaction whole (its event, its people): Undo logs it again as it was.
    const whole = await remove.mutateAsync(id);
    toast({
      message: `Deleted “${entry.summary}”.`,
      undo: () =>
        relog.mutateAsync({
          personIds: whole.personIds,
          occurredAt: whole.occurredAt,
          kind: whole.kind,
          summary: whole.summary,
          notes: whole.notes,
          eventId: whole.eventId,
        }),
    });
  };

  if (editing) {
    return (
      <li>
        <InteractionEditForm
          entry={entry}
          id={id}
          onClose={() => {
            edit.focusOnReturn();
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li>
      <span className="when">
        {dayWords(entry.on)} · {entry.label ?? entry.kind}
      </span>
      <div>{entry.summary}</div>
      {entry.detail ? <Markdown source={entry.detail} /> : null}
      <span className="entry-actions">
        <button
          ref={edit.ref}
          type="button"
          className="button small ghost"
          aria-label={`Edit “${entry.summary}”`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button small ghost"
          aria-label={`Delete “${entry.summary}”`}
          disabled={remove.isPending}
          // A refusal shows below (remove.error).
          onClick={() => void deleteIt().catch(() => undefined)}
        >
          Delete
        </button>
      </span>
      <ErrorMessage error={remove.error} />
    </li>
  );
}

function InteractionEditForm({ entry, id, onClose }: { entry: TimelineEntry; id: string; onClose: () => void }) {
  const update = useUpdateInteraction();
  const fieldId = useId();
  const kindRef = useRef<HTMLSelectElement>(null);
  useEffect(() => kindRef.current?.focus(), []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const on = text('on');
    update
      .mutateAsync({
        id,
        kind: text('kind') as InteractionKind,
        // The day only when it changed: an entry of today keeps its time.
        ...(on !== entry.on ? { occurredAt: on } : {}),
        summary: text('summary'),
        notes: text('notes') || null,
      })
      .then(onClose)
      .catch(() => undefined);
  };
  return (
    <form
      className="interaction-edit"
      aria-label={`Edit “${entry.summary}”`}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <label htmlFor={`${fieldId}-kind`}>Kind</label>
      <select ref={kindRef} id={`${fieldId}-kind`} name="kind" defaultValue={entry.label ?? 'other'}>
        {interactionKinds.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <label htmlFor={`${fieldId}-on`}>When</label>
      <input id={`${fieldId}-on`} name="on" type="date" defaultValue={entry.on} max={localToday()} />
      <label htmlFor={`${fieldId}-summary`}>Note</label>
      <input id={`${fieldId}-summary`} name="summary" defaultValue={entry.summary} maxLength={500} />
      <label htmlFor={`${fieldId}-notes`}>Details</label>
      <textarea id={`${fieldId}-notes`} name="notes" rows={3} defaultValue={entry.detail ?? ''} />
      <ErrorMessage error={update.error} names={{ summary: 'The note', occurredAt: 'When', notes: 'Details' }} />
      <span className="field-actions">
        <button type="submit" className="button primary small" disabled={update.isPending}>
          Save
        </button>
        <button type="button" className="button small" onClick={onClose}>
          Cancel
        </button>
      </span>
    </form>
  );
}
