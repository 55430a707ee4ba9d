import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { membershipRoles } from '../../core/organizations/constants.js';
import type { AffiliateResult } from '../../core/organizations/schema.js';
import { type Organization, type OrganizationView, organizationKinds, useEvents, words } from '../api/events.js';
import {
  useAffiliate,
  useDeleteOrganization,
  useJoinOrganization,
  useLinkEvent,
  useUpdateOrganization,
} from '../api/manage-events.js';
import { dayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { InlineConfirm } from '../components/inline-confirm.js';
import { PeoplePicker, type PickedPerson } from '../components/people-picker.js';
import { useToast } from '../components/toasts.js';

/** Everything the CLI's `kith orgs edit|join|affiliate|rm` does, on the organization's page. */
export function OrganizationManage({ view }: { view: OrganizationView }) {
  return (
    <>
      <AddMember organizationId={view.organization.id} />
      <LinkEvent organizationId={view.organization.id} />
      <Membership organization={view.organization} />
      <EditOrganization organization={view.organization} />
    </>
  );
}

/** What adding someone did: added, or (already there) what changed in their role. */
function affiliatedWords(name: string, result: AffiliateResult): string {
  const { previous } = result;
  if (!previous) return `${name} added.`;
  const changes = [
    previous.role === result.role ? null : result.role ? `role changed to ${result.role}` : 'role cleared',
    previous.current === result.current ? null : result.current ? 'now a current member' : 'now a past member',
  ].filter(Boolean);
  return `${name} is already a member; ${changes.length ? changes.join(', ') : 'nothing changed'}.`;
}

function AddMember({ organizationId }: { organizationId: string }) {
  const affiliate = useAffiliate(organizationId);
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (picked?.kind !== 'known') return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    affiliate.mutate(
      { personId: picked.id, role: String(form.get('role') ?? '').trim() || null, current: form.get('past') !== 'on' },
      {
        onSuccess: (result) => {
          setDone(affiliatedWords(picked.name, result));
          setPicked(null);
          formElement.reset();
        },
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="add-member-title">
      <h2 id="add-member-title">Add someone you know there</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Add someone you know there">
        <PeoplePicker
          label="Person"
          value={picked}
          onChange={(value) => {
            setPicked(value);
            setDone(null);
          }}
        />
        <label>
          <span>Their role there</span>
          <input name="role" autoComplete="off" placeholder="board member" />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="past" />
          <span>In the past</span>
        </label>
        <ErrorMessage error={affiliate.error} />
        {done ? (
          <p role="status" className="success">
            {done}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={picked?.kind !== 'known' || affiliate.isPending}>
            Add to organization
          </button>
        </div>
      </form>
    </section>
  );
}

function LinkEvent({ organizationId }: { organizationId: string }) {
  const events = useEvents();
  const link = useLinkEvent();
  const [eventId, setEventId] = useState('');
  const unlinked = events.data?.filter((event) => event.organizationId !== organizationId) ?? [];
  if (unlinked.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="link-event-title">
      <h2 id="link-event-title">Link an event</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (eventId) link.mutate({ eventId, organizationId }, { onSuccess: () => setEventId('') });
        }}
      >
        <label>
          <span>Event</span>
          <select aria-label="Event to link" value={eventId} onChange={(event) => setEventId(event.target.value)}>
            <option value="">Choose an event…</option>
            {unlinked.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name} ({dayWords(event.startsOn)})
              </option>
            ))}
          </select>
        </label>
        <ErrorMessage error={link.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={!eventId || link.isPending}>
            Link event
          </button>
        </div>
      </form>
    </section>
  );
}

function Membership({ organization }: { organization: Organization }) {
  const join = useJoinOrganization(organization.id);
  const membership = organization.membership;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    join.mutate({
      role: text('role') as (typeof membershipRoles)[number],
      since: text('since') || null,
      renewsOn: text('renewsOn') || null,
    });
  };
  return (
    <section className="panel" aria-labelledby="membership-title">
      <h2 id="membership-title">Your membership</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Your membership">
        <label>
          <span>Your role</span>
          <select name="role" defaultValue={membership?.role ?? 'member'}>
            {membershipRoles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Member since</span>
          <input name="since" type="date" defaultValue={membership?.since ?? ''} />
        </label>
        <label>
          <span>Renews on (a reminder is set)</span>
          <input
            name="renewsOn"
            type="date"
            defaultValue={membership?.renewsOn ?? ''}
            {...fieldProps(join.error, 'renewsOn', 'membership-renews-error')}
          />
          <FieldMessage error={join.error} name="renewsOn" id="membership-renews-error" />
        </label>
        <ErrorMessage error={join.error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={join.isPending}>
            {membership ? 'Save membership' : 'Join'}
          </button>
          {membership ? (
            <InlineConfirm
              action="Leave"
              question={`Leave ${organization.name}? Its people and events stay; a renewal reminder goes.`}
              confirm="Yes, leave"
              keep="Stay a member"
              danger={false}
              onConfirm={() => join.mutate(null)}
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}

function EditOrganization({ organization }: { organization: Organization }) {
  const update = useUpdateOrganization(organization.id);
  const [, navigate] = useLocation();
  const toast = useToast();
  const remove = useDeleteOrganization(organization.id, () => {
    navigate('/organizations');
    toast({ message: `${organization.name} deleted.` });
  });
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setSaved(false);
    update.mutate(
      {
        name: text('name'),
        kind: text('kind') as Organization['kind'],
        url: text('url') || null,
        notes: text('notes') || null,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <section className="panel" aria-labelledby="edit-org-title">
      <h2 id="edit-org-title">Edit organization</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Edit organization">
        <label>
          <span>Name</span>
          <input name="name" defaultValue={organization.name} autoComplete="off" />
        </label>
        <label>
          <span>Kind</span>
          <select name="kind" defaultValue={organization.kind}>
            {organizationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {words(kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Web address</span>
          <input name="url" type="url" defaultValue={organization.url ?? ''} autoComplete="off" />
        </label>
        <label>
          <span>Notes</span>
          <textarea name="notes" defaultValue={organization.notes ?? ''} rows={4} />
        </label>
        <ErrorMessage error={update.error ?? remove.error} />
        {saved ? (
          <p role="status" className="success">
            Saved.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={update.isPending}>
            Save changes
          </button>
          <InlineConfirm
            action="Delete organization"
            question={`Delete ${organization.name}? People and events stay.`}
            confirm="Yes, delete"
            onConfirm={() => remove.mutate()}
          />
        </div>
      </form>
    </section>
  );
}
