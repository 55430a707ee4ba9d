import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { type CreatePersonInput, type Tier, tiers, useCreatePerson } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { AddressFields, addressFromForm } from './person-addresses.js';
import { splitList } from './split-list.js';

export function AddPersonPage() {
  const create = useCreatePerson();
  const [, navigate] = useLocation();
  const [tier, setTier] = useState<Tier>('regular');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const email = text('email');
    const input: CreatePersonInput = {
      displayName: text('displayName'),
      title: text('title') || null,
      company: text('company') || null,
      tier,
      family: form.get('family') === 'on',
      emails: email ? [{ value: email }] : [],
      topics: splitList(text('topics')),
      howMet: text('howMet') || null,
      notes: text('notes') || null,
      addresses: [addressFromForm(form, 'address-')].filter((address) => address !== null),
    };
    create.mutate(input, { onSuccess: (person) => navigate(`/people/${person.id}`) });
  };

  return (
    <section className="page narrow" aria-labelledby="add-title">
      <p className="breadcrumb">
        <Link href="/people">← People</Link>
      </p>
      <h1 id="add-title">Add a person</h1>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          <span>Name</span>
          <input
            name="displayName"
            required
            autoComplete="off"
            maxLength={200}
            {...fieldProps(create.error, 'displayName', 'name-error')}
          />
          <FieldMessage error={create.error} name="displayName" id="name-error" />
        </label>
        <label>
          <span>Title</span>
          <input name="title" autoComplete="off" maxLength={200} />
        </label>
        <label>
          <span>Organization</span>
          <input name="company" autoComplete="off" maxLength={200} />
        </label>
        <label>
          <span>Email</span>
          <input name="email" type="email" autoComplete="off" {...fieldProps(create.error, 'emails', 'email-error')} />
          <FieldMessage error={create.error} name="emails" id="email-error" />
        </label>
        <label>
          <span>Tier</span>
          <select value={tier} onChange={(event) => setTier(event.target.value as Tier)}>
            {tiers.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="family" />
          <span>Family (due a little later than a friend would be)</span>
        </label>
        <label>
          <span>Topics</span>
          <input name="topics" autoComplete="off" placeholder="supply chain, forecasting" />
        </label>
        <label>
          <span>How you met</span>
          <input name="howMet" autoComplete="off" maxLength={2000} />
        </label>
        <label>
          <span>Notes</span>
          <textarea name="notes" rows={4} />
        </label>
        <fieldset className="address-form">
          <legend>Address (optional)</legend>
          <AddressFields prefix="address-" />
        </fieldset>
        <ErrorMessage error={create.error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add person'}
          </button>
          <Link href="/people" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
