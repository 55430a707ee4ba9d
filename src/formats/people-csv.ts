import { stringify } from 'csv-stringify/sync';
import { type ContactRecord, formatError, text } from './contact-record.js';
import type { CsvRow } from './csv-lines.js';
import { addressesOf, type PersonRecord as Person, type PostalAddress } from './person-record.js';

const join = (values: readonly string[]) => values.join(' ::: ');
const labelled = (values: readonly { value: string; label: string | null }[]) =>
  join(values.map(({ value, label }) => (label ? `${label}: ${value}` : value)));

const columns: [string, (person: Person) => string | number | null][] = [
  ['id', (p) => p.id],
  ['display_name', (p) => p.displayName],
  ['given_name', (p) => p.givenName],
  ['family_name', (p) => p.familyName],
  ['nickname', (p) => p.nickname],
  ['title', (p) => p.title],
  ['company', (p) => p.company],
  ['industry', (p) => p.industry],
  ['location', (p) => p.location],
  ['birthday', (p) => p.birthday],
  ['tier', (p) => p.tier],
  ['cadence_days', (p) => p.cadenceDays],
  ['how_met', (p) => p.howMet],
  ['met_on', (p) => p.metOn],
  ['introduced_by_id', (p) => p.introducedById],
  ['archived', (p) => (p.archived ? 1 : 0)],
  ['emails', (p) => labelled(p.emails)],
  ['phones', (p) => labelled(p.phones)],
  ['links', (p) => labelled(p.links.map((link) => ({ value: link.url, label: link.label })))],
  // JSON: an address's parts hold any text (a street's line breaks, commas, semicolons), and come back exactly.
  ['addresses', (p) => (addressesOf(p).length > 0 ? JSON.stringify(addressesOf(p)) : null)],
  ['tags', (p) => join(p.tags)],
  ['topics', (p) => join(p.topics)],
  ['offers', (p) => join(p.offers)],
  ['needs', (p) => join(p.needs)],
  ['notes', (p) => p.notes],
  ['created_at', (p) => p.createdAt],
  ['updated_at', (p) => p.updatedAt],
];

/** One row per person; several values in a cell are joined with " ::: " as Google does. */
export function peopleToCsv(people: readonly Person[]): string {
  return stringify(
    people.map((person) => columns.map(([, value]) => value(person) ?? '')),
    // A cell starting with = + - @, a tab or a carriage return gets a leading ' (OWASP's
    // advice against CSV injection), so an imported company cannot run as a formula.
    { header: true, columns: columns.map(([name]) => name), escape_formulas: true },
  );
}

/** kith's own CSV export, recognised by its header. */
export function isKithHeader(names: readonly string[]): boolean {
  return names.includes('display_name') && names.includes('tier') && names.includes('emails');
}

/** "work: ada@example.com ::: ada@home.example" → entries; the label is what comes before the first ": ". */
function labelledValues(cell: string | null): { value: string; label: string | null }[] {
  return splitList(cell).map((part) => {
    const colon = part.indexOf(': ');
    return colon > 0
      ? { value: part.slice(colon + 2).trim(), label: part.slice(0, colon) }
      : { value: part, label: null };
  });
}

const splitList = (cell: string | null) =>
  (cell ?? '')
    .split(' ::: ')
    .map((part) => part.trim())
    .filter(Boolean);

/** The export's defence against formulas undone: a ' kith put before = + - @, a tab or a carriage return. */
const unescapeFormula = (cell: string | undefined) => (cell && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const ADDRESS_PARTS = ['label', 'street', 'city', 'region', 'postcode', 'country'] as const;

/** The `addresses` cell: a JSON list of addresses, each part text or null; anything else names the line. */
function addressesCell(cell: string | null, line: number): PostalAddress[] {
  if (!cell) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    parsed = undefined;
  }
  const isAddress = (value: unknown): value is PostalAddress =>
    typeof value === 'object' &&
    value !== null &&
    ADDRESS_PARTS.every((part) => {
      const partValue = (value as Record<string, unknown>)[part];
      return partValue === null || partValue === undefined || typeof partValue === 'string';
    });
  if (!Array.isArray(parsed) || !parsed.every(isAddress)) {
    throw formatError('CSV', line, 'addresses is not a list of addresses as kith writes them');
  }
  return parsed.map((address) => ({
    label: text(address.label),
    street: text(address.street),
    city: text(address.city),
    region: text(address.region),
    postcode: text(address.postcode),
    country: text(address.country),
  }));
}

/** One row of kith's own CSV export: it imports back, updating the people it came from (by id). */
export function kithCsvRecord({ line, cells }: CsvRow, index: ReadonlyMap<string, number>): ContactRecord {
  const get = (column: string) => {
    const position = index.get(column);
    return position === undefined ? null : text(unescapeFormula(cells[position]));
  };
  const cadence = get('cadence_days');
  return {
    line,
    kithId: get('id'),
    displayName: get('display_name'),
    givenName: get('given_name'),
    familyName: get('family_name'),
    nickname: get('nickname'),
    title: get('title'),
    company: get('company'),
    industry: get('industry'),
    location: get('location'),
    birthday: get('birthday'),
    tier: get('tier'),
    cadenceDays: cadence ? Number(cadence) : null,
    howMet: get('how_met'),
    metOn: get('met_on'),
    notes: get('notes'),
    archived: get('archived') === '1',
    emails: labelledValues(get('emails')),
    phones: labelledValues(get('phones')),
    links: labelledValues(get('links')).map(({ value, label }) => ({ url: value, label })),
    addresses: addressesCell(get('addresses'), line),
    tags: splitList(get('tags')),
    topics: splitList(get('topics')),
    offers: splitList(get('offers')),
    needs: splitList(get('needs')),
  };
}
