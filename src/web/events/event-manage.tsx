import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { eventRoles, eventStatuses } from '../../core/events/constants.js';
import { eventKinds, type KithEvent, useOrganizations, words } from '../api/events.js';
import { useDeleteEvent, useMarkAttending, useUpdateEvent } from '../api/manage-events.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { InlineConfirm } from '../components/inline-confirm.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';

/** Edit every field of an event, or delete it (people and interactions stay), asked inline. */
export function EventManage({ event }: { event: KithEvent }) {
  const [editing, setEditing] = useState(false);
  const [, navigate] = useLocation();
  const toast = useToast();
  const remove = useDeleteEvent(event.id, () => {
    navigate('/events');
    toast({ message: `${event.name} deleted.` });
  });
  return (
    <section className="panel" aria-labelledby="manage-event-title">
      <h2 id="manage-event-title">Manage</h2>
      {editing ? <EventEditForm event={event} onDone={() => setEditing(false)} /> : null}
      <div className="actions">
        {editing ? null : (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit event
          </button>
        )}
        <InlineConfirm
          action="Delete event"
          question={`Delete ${event.name}? People and interactions stay.`}
          confirm="Yes, delete"
          onConfirm={() => remove.mutate()}
        />
      </div>
      <ErrorMessage error={remove.error} />
    </section>
  );
}

function EventEditForm({ event, onDone }: { event: KithEvent; onDone: () => void }) {
  const update = useUpdateEvent(event.id);
  const organizations = useOrganizations();
  // Opening the form puts the focus in its first field, not on the section's heading.
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  // A refused field is marked and says why under itself. No maxLength: the browser would
  // cut a pasted name to it silently, where the server refuses it naming the limit.
  const invalid = (name: string) => fieldProps(update.error, name, `edit-event-${name}-error`);
  const message = (name: string) => <FieldMessage error={update.error} name={name} id={`edit-event-${name}-error`} />;
  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    const form = new FormData(formEvent.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    update.mutate(
      {
        name: text('name'),
        kind: text('kind') as KithEvent['kind'],
        startsOn: text('startsOn'),
        endsOn: text('endsOn') || null,
        location: text('location') || null,
        url: text('url') || null,
        organizationId: text('organizationId') || null,
        status: text('status') as KithEvent['status'],
        role: text('role') as KithEvent['role'],
        talkTitle: text('talkTitle') || null,
        talkDescription: text('talkDescription') || null,
        notes: text('notes') || null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Edit event">
      <label>
        <span>Name</span>
        <input ref={nameRef} name="name" defaultValue={event.name} autoComplete="off" {...invalid('name')} />
        {message('name')}
      </label>
      <label>
        <span>Kind</span>
        <select name="kind" defaultValue={event.kind}>
          {eventKinds.map((kind) => (
            <option key={kind} value={kind}>
              {words(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Starts</span>
        <input name="startsOn" type="date" defaultValue={event.startsOn} {...invalid('startsOn')} />
        {message('startsOn')}
      </label>
      <label>
        <span>Ends</span>
        <input name="endsOn" type="date" defaultValue={event.endsOn ?? ''} {...invalid('endsOn')} />
        {message('endsOn')}
      </label>
      <label>
        <span>Where</span>
        <input name="location" defaultValue={event.location ?? ''} autoComplete="off" {...invalid('location')} />
        {message('location')}
      </label>
      <label>
        <span>Web address</span>
        <input name="url" type="url" defaultValue={event.url ?? ''} autoComplete="off" {...invalid('url')} />
        {message('url')}
      </label>
      <label>
        <span>Organization</span>
        <select name="organizationId" defaultValue={event.organizationId ?? ''}>
          <option value="">None</option>
          {organizations.data?.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      </label>
      <EventStatusField defaultValue={event.status} />
      <label>
        <span>Your role</span>
        <select name="role" defaultValue={event.role}>
          {eventRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Talk title (when you speak)</span>
        <input name="talkTitle" defaultValue={event.talkTitle ?? ''} autoComplete="off" {...invalid('talkTitle')} />
        {message('talkTitle')}
      </label>
      <label>
        <span>What the talk is about</span>
        <textarea
          name="talkDescription"
          defaultValue={event.talkDescription ?? ''}
          rows={3}
          {...invalid('talkDescription')}
        />
        {message('talkDescription')}
      </label>
      <label>
        <span>Notes</span>
        <textarea name="notes" defaultValue={event.notes ?? ''} rows={4} />
      </label>
      <ErrorMessage error={update.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save changes
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Someone you know who will be there (for prep), named with the people picker. */
export function MarkAttending({ eventId }: { eventId: string }) {
  const attending = useMarkAttending(eventId);
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  return (
    <form
      className="form"
      aria-label="Someone you know will be there"
      onSubmit={(formEvent) => {
        formEvent.preventDefault();
        if (picked?.kind !== 'known') return;
        attending.mutate({ person: picked.id }, { onSuccess: () => setPicked(null) });
      }}
    >
      <h3>Someone you know will be there?</h3>
      <PeoplePicker label="Attending" value={picked} onChange={setPicked} />
      <ErrorMessage error={attending.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={picked?.kind !== 'known' || attending.isPending}>
          Add as attending
        </button>
      </div>
    </form>
  );
}

/** An event's status in a form (the field named `status`): planned, attended or skipped. */
export function EventStatusField({ defaultValue }: { defaultValue: KithEvent['status'] }) {
  return (
    <label>
      <span>Status</span>
      <select name="status" defaultValue={defaultValue}>
        {eventStatuses.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </select>
    </label>
  );
}
