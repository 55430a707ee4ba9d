import type { Person } from '../api/people.js';

type Address = NonNullable<Person['addresses']>[number];

/** "work: 12 Marina Rd, Lagos, Lagos 101001, Nigeria": how the page shows an address. */
function addressLine(address: Address): string {
  const regionLine = [address.region, address.postcode].filter(Boolean).join(' ');
  const parts = [address.street?.replace(/\n/g, ', '), address.city, regionLine, address.country].filter(Boolean);
  return `${address.label ? `${address.label}: ` : ''}${parts.join(', ')}`;
}

/** A person's postal addresses, one per line (kept whole from vCards; read-only here). */
export function PersonAddresses({ person }: { person: Person }) {
  const addresses = person.addresses ?? [];
  if (addresses.length === 0) return null;
  return (
    <div className="field">
      <span className="field-label">Addresses</span>
      <span className="field-value">
        {addresses.map((address) => {
          const line = addressLine(address);
          return (
            <span key={line} className="address">
              {line}
              <br />
            </span>
          );
        })}
      </span>
    </div>
  );
}
