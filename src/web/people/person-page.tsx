import './person-page.css';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client.js';
import {
  type Person,
  type Tier,
  tiers,
  type UpdatePersonInput,
  useArchivePerson,
  useDeletePerson,
  usePerson,
  useUpdatePerson,
} from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { InlineField } from '../components/inline-field.js';
import { Loading } from '../components/loading.js';
import { Markdown } from '../components/markdown.js';
import { useToast } from '../components/toasts.js';
import { PersonReminders } from '../reminders/person-reminders.js';
import { LogInteractionForm } from '../today/log-interaction-form.js';
import { BirthdayField } from './birthday-field.js';
import { KeepInTouchLine } from './keep-in-touch-line.js';
import { PersonAddresses } from './person-addresses.js';
import { PersonContext, SuggestedItems } from './person-connections.js';
import { PersonPhoto } from './person-photo.js';
import { splitList } from './split-list.js';
import { TierBadge } from './tier-badge.js';
import { Timeline } from './timeline.js';

type ListKey = 'tags' | 'topics' | 'offers' | 'needs';
const lists: { key: ListKey; label: string; hint: string }[] = [
  { key: 'topics', label: 'Topics', hint: 'What they care about, separated by commas' },
  { key: 'tags', label: 'Tags', hint: 'Separated by commas' },
  { key: 'offers', label: 'Can help with', hint: 'Separated by commas' },
  { key: 'needs', label: 'Looking for', hint: 'Separated by commas' },
];

type TextKey = 'title' | 'company' | 'industry' | 'location' | 'howMet' | 'nickname';
const textFields: { key: TextKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Organization' },
  { key: 'industry', label: 'Industry' },
  { key: 'location', label: 'Location' },
  { key: 'nickname', label: 'Nickname' },
  { key: 'howMet', label: 'How you met' },
];

export function PersonPage({ id }: { id: string }) {
  const person = usePerson(id);
  if (person.isPending) return <Loading query={person} />;
  if (person.error) {
    const missing = person.error instanceof ApiError && person.error.status === 404;
    return (
      <section className="page">
        <h1>{missing ? 'Person not found' : 'Could not load this person'}</h1>
        <ErrorMessage error={person.error} />
        <Link href="/people">Back to people</Link>
      </section>
    );
  }
  return <PersonDetails person={person.data} />;
}

function PersonDetails({ person }: { person: Person }) {
  const update = useUpdatePerson(person.id);
  const archive = useArchivePerson(person.id);
  const remove = useDeletePerson(person.id);
  const [, navigate] = useLocation();
  const toast = useToast();
  const [tierError, setTierError] = useState<unknown>(null);
  const save = (patch: UpdatePersonInput) => update.mutateAsync(patch);

  return (
    <article className="page person-page" aria-labelledby="person-title">
      <p className="breadcrumb">
        <Link href="/people">← People</Link>
      </p>
      <header className="person-header">
        <PersonPhoto personId={person.id} name={person.displayName} />
        <h1 id="person-title">{person.displayName}</h1>
        <p className="person-sub">
          {[person.title, person.company].filter(Boolean).join(' · ')} <TierBadge tier={person.tier} />
          {person.archived ? <span className="badge">archived</span> : null}
        </p>
        <KeepInTouchLine person={person} />
      </header>

      <div className="person-layout">
        <div className="person-column">
          <section className="panel" aria-labelledby="notes-title">
            <h2 id="notes-title">Notes</h2>
            <InlineField
              label="Notes"
              labelHidden
              multiline
              value={person.notes ?? ''}
              hint="Markdown. Ctrl+Enter saves."
              display={<Markdown source={person.notes ?? ''} />}
              onSave={(value) => save({ notes: value })}
            />
          </section>

          <PersonReminders personId={person.id} personName={person.displayName} />
          <PersonContext personId={person.id} />
          <SuggestedItems personId={person.id} />

          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <LogInteractionForm personId={person.id} personName={person.displayName} />
            <Timeline personId={person.id} />
          </section>
        </div>
        <section className="panel side" aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <div className="fields">
            <InlineField label="Name" value={person.displayName} onSave={(value) => save({ displayName: value })} />
            <div className="field">
              <label className="field-label" htmlFor="tier">
                Tier
              </label>
              <select
                id="tier"
                value={person.tier}
                onChange={(event) => {
                  setTierError(null);
                  save({ tier: event.target.value as Tier }).catch(setTierError);
                }}
              >
                {tiers.map((tier) => (
                  <option key={tier} value={tier}>
                    {tier}
                  </option>
                ))}
              </select>
              <ErrorMessage error={tierError} />
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={person.family}
                onChange={(event) => {
                  setTierError(null);
                  save({ family: event.target.checked }).catch(setTierError);
                }}
              />
              <span>Family (due a little later than a friend would be)</span>
            </label>
            {textFields.map((field) => (
              <InlineField
                key={field.key}
                label={field.label}
                value={person[field.key] ?? ''}
                onSave={(value) => save({ [field.key]: value })}
              />
            ))}
            <InlineField
              label="Met on"
              type="date"
              value={person.metOn ?? ''}
              onSave={(value) => save({ metOn: value || null })}
            />
            <BirthdayField value={person.birthday} onSave={(birthday) => save({ birthday })} />
            <InlineField
              label="Emails"
              value={person.emails.map((email) => email.value).join(', ')}
              hint="Separated by commas"
              onSave={(value) => save({ emails: splitList(value).map((email) => ({ value: email })) })}
            />
            <InlineField
              label="Phones"
              value={person.phones.map((phone) => phone.value).join(', ')}
              hint="Separated by commas"
              onSave={(value) => save({ phones: splitList(value).map((phone) => ({ value: phone })) })}
            />
            <PersonAddresses person={person} save={save} />
            {lists.map((list) => (
              <InlineField
                key={list.key}
                label={list.label}
                value={person[list.key].join(', ')}
                hint={list.hint}
                display={
                  <span className="chips">
                    {person[list.key].map((value) => (
                      <span key={value} className="chip">
                        {value}
                      </span>
                    ))}
                  </span>
                }
                onSave={(value) => save({ [list.key]: splitList(value) })}
              />
            ))}
          </div>
        </section>

        <section className="panel danger-zone" aria-labelledby="manage-title">
          <h2 id="manage-title">Manage</h2>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                archive.mutate(!person.archived, {
                  onSuccess: (changed) =>
                    toast({
                      message: `${changed.displayName} ${changed.archived ? 'archived' : 'brought back'}.`,
                      undo: () => archive.mutateAsync(!changed.archived),
                    }),
                })
              }
            >
              {person.archived ? 'Bring back from archive' : 'Archive'}
            </button>
            <Link href={`/people/merge?a=${person.id}`} className="button">
              Merge with someone…
            </Link>
            <button
              type="button"
              className="button danger"
              onClick={() =>
                // Deleting archives at once and purges once Undo is no longer offered.
                archive.mutate(true, {
                  onSuccess: () => {
                    navigate('/people');
                    toast({
                      message: `${person.displayName} deleted.`,
                      undo: () => archive.mutateAsync(false),
                      expire: () => void remove.mutateAsync().catch(() => undefined),
                    });
                  },
                })
              }
            >
              Delete
            </button>
          </div>
          <ErrorMessage error={archive.error ?? remove.error} />
        </section>
      </div>
    </article>
  );
}
