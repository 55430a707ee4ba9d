import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ItemKind, type ItemView, useArchiveItem, useUpdateItem } from '../api/give.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { useToast } from '../components/toasts.js';
import { splitList } from '../people/split-list.js';
import { ItemKindOptions } from './item-kinds.js';
import './item-manage.css';

/**
 * Edit an item's fields in place, and archive it (out of lists and suggestions, shares
 * kept) with Undo, or bring an archived one back.
 */
export function ItemManage({ item }: { item: ItemView }) {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const archive = useArchiveItem(item.id);
  const toast = useToast();
  // Closing the form (saved or cancelled) puts the focus back on Edit, before any toast looks for it.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const close = () => setEditing(false);
  const setArchived = (archived: boolean) =>
    archive
      .mutateAsync(archived)
      .then(() =>
        toast({
          message: `“${item.title}” ${archived ? 'archived' : 'brought back'}.`,
          undo: () => archive.mutateAsync(!archived),
        }),
      )
      .catch(() => undefined);
  return (
    <section className="panel item-manage" aria-labelledby="item-manage-title">
      <h2 id="item-manage-title">Manage</h2>
      {editing ? (
        <ItemEditForm item={item} onDone={close} />
      ) : (
        <div className="actions">
          <button ref={editRef} type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button"
            disabled={archive.isPending}
            onClick={() => void setArchived(!item.archived)}
          >
            {item.archived ? 'Bring back from archive' : 'Archive'}
          </button>
        </div>
      )}
      <ErrorMessage error={archive.error} />
    </section>
  );
}

function ItemEditForm({ item, onDone }: { item: ItemView; onDone: () => void }) {
  const id = useId();
  const update = useUpdateItem(item.id);
  const toast = useToast();
  const [kind, setKind] = useState<ItemKind>(item.kind);
  const titleRef = useRef<HTMLInputElement>(null);
  // The user asked to edit: the first field to change takes the focus.
  useEffect(() => titleRef.current?.focus(), []);
  const field = (name: string) => `${id}-${name}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    update
      .mutateAsync({
        kind,
        title: text('title'),
        summary: text('summary') || null,
        topics: splitList(text('topics')),
        ...(kind === 'job'
          ? { company: text('company') || null, role: text('role') || null, location: text('location') || null }
          : {}),
      })
      .then((saved) => {
        // The form closes first, so the focus is back on Edit before the message shows.
        onDone();
        toast({ message: `Saved “${saved.title}”.` });
      })
      .catch(() => undefined);
  };

  return (
    <form className="form" onSubmit={submit} aria-label="Edit the item" noValidate>
      <label htmlFor={field('kind')}>
        <span>Kind</span>
        <select id={field('kind')} value={kind} onChange={(event) => setKind(event.target.value as ItemKind)}>
          <ItemKindOptions />
        </select>
      </label>
      <label htmlFor={field('title')}>
        <span>Title</span>
        <input
          ref={titleRef}
          id={field('title')}
          name="title"
          defaultValue={item.title}
          maxLength={500}
          {...fieldProps(update.error, 'title', field('title-error'))}
        />
        <FieldMessage error={update.error} name="title" id={field('title-error')} />
      </label>
      <label htmlFor={field('summary')}>
        <span>Summary</span>
        <textarea id={field('summary')} name="summary" rows={3} maxLength={2000} defaultValue={item.summary ?? ''} />
      </label>
      <label htmlFor={field('topics')}>
        <span>Topics (separated by commas)</span>
        <input id={field('topics')} name="topics" defaultValue={item.topics.join(', ')} autoComplete="off" />
      </label>
      {kind === 'job' ? (
        <div className="item-job-fields">
          <label htmlFor={field('company')}>
            <span>Company</span>
            <input id={field('company')} name="company" defaultValue={item.company ?? ''} maxLength={200} />
          </label>
          <label htmlFor={field('role')}>
            <span>Role</span>
            <input id={field('role')} name="role" defaultValue={item.role ?? ''} maxLength={200} />
          </label>
          <label htmlFor={field('location')}>
            <span>Location</span>
            <input id={field('location')} name="location" defaultValue={item.location ?? ''} maxLength={200} />
          </label>
        </div>
      ) : null}
      <ErrorMessage error={update.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
