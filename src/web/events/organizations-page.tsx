import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client.js';
import {
  type Organization,
  organizationKinds,
  useCreateOrganization,
  useOrganization,
  useOrganizations,
  words,
} from '../api/events.js';
import { dayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { Markdown } from '../components/markdown.js';
import { OrganizationManage } from './organization-manage.js';

export function OrganizationsPage() {
  const organizations = useOrganizations();
  const create = useCreateOrganization();
  const [adding, setAdding] = useState(false);
  const [, navigate] = useLocation();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      { name: String(form.get('name') ?? ''), kind: String(form.get('kind')) as Organization['kind'] },
      // Opened at once: what comes next (membership, people, events) is done there.
      { onSuccess: (organization) => navigate(`/organizations/${organization.id}`) },
    );
  };

  return (
    <section className="page" aria-labelledby="orgs-title">
      <p className="breadcrumb">
        <Link href="/events">← Events</Link>
      </p>
      <div className="page-header">
        <h1 id="orgs-title">Organizations</h1>
        <button type="button" className="button primary" onClick={() => setAdding(!adding)}>
          Add organization
        </button>
      </div>
      {adding ? (
        <form className="form panel" onSubmit={submit} noValidate aria-label="Add an organization">
          <label>
            <span>Name</span>
            <input name="name" autoComplete="off" />
          </label>
          <label>
            <span>Kind</span>
            <select name="kind" defaultValue="trade_association">
              {organizationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {words(kind)}
                </option>
              ))}
            </select>
          </label>
          <ErrorMessage error={create.error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={create.isPending}>
              Save organization
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={organizations.error} />
      {organizations.data?.length === 0 && !adding ? (
        <p className="muted">No organizations yet: trade associations, professional bodies, alumni groups…</p>
      ) : null}
      {organizations.data?.length ? (
        <div className="panel">
          <ul className="plain-list" aria-label="Organizations">
            {organizations.data.map((organization) => (
              <li key={organization.id}>
                <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
                <span className="muted small">
                  {' '}
                  {words(organization.kind)}
                  {organization.membership ? ` · you: ${organization.membership.role}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function OrganizationPage({ id }: { id: string }) {
  const view = useOrganization(id);
  if (view.isPending) return <Loading query={view} />;
  if (view.error) {
    const missing = view.error instanceof ApiError && view.error.status === 404;
    return (
      <section className="page">
        <h1>{missing ? 'Organization not found' : 'Could not load this organization'}</h1>
        <ErrorMessage error={view.error} />
        <Link href="/organizations">Back to organizations</Link>
      </section>
    );
  }
  const { organization, members, meetingsAttended, talksGiven, peopleMet } = view.data;
  return (
    <article className="page" aria-labelledby="org-title">
      <p className="breadcrumb">
        <Link href="/organizations">← Organizations</Link>
      </p>
      <h1 id="org-title">{organization.name}</h1>
      <p className="muted">
        {words(organization.kind)}
        {organization.membership
          ? ` · you are a${/^[aeio]/.test(organization.membership.role) ? 'n' : ''} ${organization.membership.role}`
          : ''}
        {organization.membership?.renewsOn ? `, renewing ${dayWords(organization.membership.renewsOn)}` : ''}
      </p>
      {organization.notes ? <Markdown source={organization.notes} /> : null}
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title">People you know there</h2>
        {members.length === 0 ? <p className="muted">Nobody yet.</p> : null}
        <ul className="plain-list">
          {members.map((member) => (
            <li key={member.id}>
              <Link href={`/people/${member.id}`}>{member.displayName}</Link>
              <span className="muted small">
                {member.role ? ` · ${member.role}` : ''}
                {member.current ? '' : ' (past)'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="meetings-title">
        <h2 id="meetings-title">Meetings and talks</h2>
        {meetingsAttended.length + talksGiven.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="plain-list">
          {[...meetingsAttended, ...talksGiven].map((event) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>{event.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="met-through-title">
        <h2 id="met-through-title">Met through it</h2>
        {peopleMet.length === 0 ? <p className="muted">Nobody yet.</p> : null}
        <ul className="plain-list">
          {peopleMet.map((person) => (
            <li key={`${person.id}-${person.eventId}`}>
              <Link href={`/people/${person.id}`}>{person.displayName}</Link>
              <span className="muted small"> at {person.eventName}</span>
            </li>
          ))}
        </ul>
      </section>
      <OrganizationManage view={view.data} />
    </article>
  );
}
