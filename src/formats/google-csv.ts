import { type ContactRecord, formatError, fullName, linkLabel, text } from './contact-record.js';
import type { CsvRow } from './csv-lines.js';

const FORMAT = 'Google CSV';

/** Google joins several values of one cell with " ::: ". */
export function splitMulti(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(':::')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "* Work" marks the primary value; kith keeps the label, lowercased. */
function cleanLabel(value: string | null): string | null {
  const label = value
    ?.replace(/^\*\s*/, '')
    .trim()
    .toLowerCase();
  return label ? label : null;
}

/** Group labels become tags; system labels ("* myContacts", "* starred") are not the user's. */
function tagsFrom(value: string | null): string[] {
  return splitMulti(value).filter((label) => !label.startsWith('*'));
}

function birthday(value: string | null): string | null {
  if (!value) return null;
  const full = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (full) return value;
  const yearless = value.match(/^--(\d{2})-?(\d{2})$/);
  return yearless ? `--${yearless[1]}-${yearless[2]}` : null;
}

export type GoogleColumns = {
  index: Map<string, number>;
  emailSlots: number[];
  phoneSlots: number[];
  addressSlots: number[];
  websiteSlots: number[];
  organizationSlots: number[];
};

/** The columns of a Google Contacts header (current or legacy); throws when it is not one. */
export function googleColumns(header: CsvRow): GoogleColumns {
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map(names.map((name, position) => [name, position]));
  if (!index.has('first name') && !index.has('given name') && !index.has('name')) {
    throw formatError(FORMAT, header.line, 'this is not a Google Contacts header (no "First Name" or "Given Name")');
  }
  const numbered = (prefix: string) => {
    const numbers = new Set<number>();
    for (const name of names) {
      const match = name.match(new RegExp(`^${prefix} (\\d+) - `));
      if (match) numbers.add(Number(match[1]));
    }
    return [...numbers].sort((a, b) => a - b);
  };
  return {
    index,
    emailSlots: numbered('e-mail'),
    phoneSlots: numbered('phone'),
    addressSlots: numbered('address'),
    websiteSlots: numbered('website'),
    organizationSlots: numbered('organization'),
  };
}

/** One row of a Google Contacts CSV. */
export function googleRecord({ line, cells }: CsvRow, at: GoogleColumns): ContactRecord {
  const { index, emailSlots, phoneSlots, addressSlots, websiteSlots, organizationSlots } = at;
  const get = (...columns: string[]) => {
    for (const column of columns) {
      const position = index.get(column);
      const value = position === undefined ? null : text(cells[position]);
      if (value) return value;
    }
    return null;
  };
  const labelled = (prefix: string, slots: number[], valueColumn: string) =>
    slots.flatMap((slot) => {
      const label = cleanLabel(get(`${prefix} ${slot} - label`, `${prefix} ${slot} - type`));
      return splitMulti(get(`${prefix} ${slot} - ${valueColumn}`)).map((value) => ({ value, label }));
    });
  const given = get('first name', 'given name');
  const family = get('last name', 'family name');
  const company = get('organization name', ...organizationSlots.map((slot) => `organization ${slot} - name`));
  const title = get('organization title', ...organizationSlots.map((slot) => `organization ${slot} - title`));
  const emails = labelled('e-mail', emailSlots, 'value');
  const location =
    get('location') ??
    addressSlots
      .map((slot) => joinParts(get(`address ${slot} - city`), get(`address ${slot} - country`)))
      .find(Boolean) ??
    null;
  // Each address slot kept whole; one with only a formatted text keeps it as the street.
  const addresses = addressSlots.flatMap((slot) => {
    const part = (name: string) => get(`address ${slot} - ${name}`);
    const street = text([part('po box'), part('street'), part('extended address')].filter(Boolean).join('\n'));
    const address = {
      label: cleanLabel(get(`address ${slot} - label`, `address ${slot} - type`)),
      street,
      city: part('city'),
      region: part('region'),
      postcode: part('postal code'),
      country: part('country'),
    };
    if (!address.street && !address.city && !address.region && !address.postcode && !address.country) {
      const formatted = part('formatted');
      return formatted ? [{ ...address, street: formatted }] : [];
    }
    return [address];
  });
  const name =
    get('name') ??
    fullName(given, get('middle name', 'additional name'), family) ??
    company ??
    emails[0]?.value ??
    null;
  return {
    line,
    displayName: name,
    givenName: given,
    familyName: family,
    nickname: get('nickname'),
    title,
    company,
    location,
    ...(addresses.length > 0 ? { addresses } : {}),
    birthday: birthday(get('birthday')),
    notes: get('notes'),
    emails,
    phones: labelled('phone', phoneSlots, 'value'),
    links: labelled('website', websiteSlots, 'value').map(({ value, label }) => ({
      url: value,
      label: linkLabel(value, label),
    })),
    tags: tagsFrom(get('labels', 'group membership')),
  };
}

function joinParts(...parts: (string | null)[]): string | null {
  return text(parts.filter(Boolean).join(', '));
}
