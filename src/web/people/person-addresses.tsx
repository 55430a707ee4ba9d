import { addressesOf, formatAddress, type Person } from '../../core/people/schema.js';

/** A person's postal addresses, one per line (kept whole from vCards; read-only here). */
export function PersonAddresses({ person }: { person: Person }) {
  const addresses = addressesOf(person);
  if (addresses.length === 0) return null;
  return (
    <div className="field">
      <span className="field-label">Addresses</span>
      <span className="field-value">
        {addresses.map((address) => {
          const line = formatAddress(address);
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
