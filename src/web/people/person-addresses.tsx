import './person-addresses.css';
import { type FormEvent, useState } from 'react';
import type { Person } from '../../core/people/schema.js';
import type { UpdatePersonInput } from '../api/people.js';
import { ErrorMessage } from '../components/error-message.js';

type Address = NonNullable<Person['addresses']>[number];

/** One line for an address, as core's formatAddress writes it (web imports no core code). */
function formatAddress(address: Address): string {
  const regionLine = [address.region, address.postcode].filter(Boolean).join(' ');
  const parts = [address.street?.replace(/\n/g, ', '), address.city, regionLine, address.country].filter(Boolean);
  return `${address.label ? `${address.label}: ` : ''}${parts.join(', ')}`;
}
const parts = ['street', 'city', 'region', 'postcode', 'country'] as const;

/** The address a form's fields hold, or null when every part is empty. */
export function addressFromForm(form: FormData, prefix = ''): Address | null {
  const value = (name: string) => String(form.get(`${prefix}${name}`) ?? '').trim() || null;
  const address: Address = {
    label: value('label'),
    street: value('street'),
    city: value('city'),
    region: value('region'),
    postcode: value('postcode'),
    country: value('country'),
  };
  return parts.some((part) => address[part]) ? address : null;
}

/** The fields of one postal address (label, street, city, region, postcode, country). */
export function AddressFields({ initial, prefix = '' }: { initial?: Address; prefix?: string }) {
  return (
    <>
      <label>
        <span>Label</span>
        <input name={`${prefix}label`} defaultValue={initial?.label ?? ''} placeholder="work, home" maxLength={50} />
      </label>
      <label>
        <span>Street</span>
        <textarea name={`${prefix}street`} defaultValue={initial?.street ?? ''} rows={2} maxLength={500} />
      </label>
      <div className="address-row">
        <label>
          <span>City</span>
          <input name={`${prefix}city`} defaultValue={initial?.city ?? ''} maxLength={200} autoComplete="off" />
        </label>
        <label>
          <span>Region</span>
          <input name={`${prefix}region`} defaultValue={initial?.region ?? ''} maxLength={200} autoComplete="off" />
        </label>
        <label>
          <span>Postcode</span>
          <input name={`${prefix}postcode`} defaultValue={initial?.postcode ?? ''} maxLength={50} autoComplete="off" />
        </label>
        <label>
          <span>Country</span>
          <input name={`${prefix}country`} defaultValue={initial?.country ?? ''} maxLength={200} autoComplete="off" />
        </label>
      </div>
    </>
  );
}

/**
 * A person's postal addresses (kept whole from vCards), one per line, each editable and
 * removable, and a form to add one. Every change saves the whole list in one request.
 */
export function PersonAddresses({
  person,
  save,
}: {
  person: Person;
  save: (patch: UpdatePersonInput) => Promise<unknown>;
}) {
  const addresses = person.addresses ?? [];
  // The address being edited: its index, 'new', or null.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const write = (next: Address[]) => {
    setError(null);
    return save({ addresses: next }).then(
      () => setEditing(null),
      (failure: unknown) => setError(failure),
    );
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = addressFromForm(new FormData(event.currentTarget));
    if (!address) {
      setError(new Error('Fill in at least one part of the address (street, city, region, postcode or country).'));
      return;
    }
    const next = [...addresses];
    if (editing === 'new') next.push(address);
    else if (editing !== null) next[editing] = address;
    void write(next);
  };

  const form = (initial?: Address) => (
    <form className="address-form" onSubmit={submit} aria-label={initial ? 'Edit address' : 'New address'}>
      <AddressFields initial={initial} />
      <div className="actions">
        <button type="submit" className="button primary">
          Save address
        </button>
        <button type="button" className="button" onClick={() => setEditing(null)}>
          Cancel
        </button>
      </div>
    </form>
  );

  return (
    <div className="field">
      <span className="field-label">Addresses</span>
      <div className="field-value">
        {addresses.length > 0 ? (
          <ul className="address-list">
            {addresses.map((address, index) =>
              editing === index ? (
                <li key={`edit-${formatAddress(address)}`}>{form(address)}</li>
              ) : (
                <li key={formatAddress(address)}>
                  <span className="address">{formatAddress(address)}</span>
                  <span className="actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`Edit address ${formatAddress(address)}`}
                      onClick={() => setEditing(index)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Remove address ${formatAddress(address)}`}
                      onClick={() => void write(addresses.filter((_, at) => at !== index))}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {editing === 'new' ? (
          form()
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Add address
          </button>
        )}
        <ErrorMessage error={error} />
      </div>
    </div>
  );
}
