import { type ContactRecord, fullName, joinName, linkLabel, text } from './contact-record.js';
import type { CsvRow } from './csv-lines.js';

/** Outlook's export ("Export to a file → Comma Separated Values"), told apart from Google's by these columns. */
export function isOutlookHeader(names: readonly string[]): boolean {
  return names.includes('e-mail address') && (names.includes('job title') || names.includes('business phone'));
}

/** Outlook's phone columns and the label each keeps. */
const PHONES: [column: string, label: string][] = [
  ['mobile phone', 'cell'],
  ['business phone', 'work'],
  ['business phone 2', 'work'],
  ['home phone', 'home'],
  ['home phone 2', 'home'],
  ['primary phone', 'main'],
  ['company main phone', 'main'],
  ['other phone', 'other'],
  ["assistant's phone", 'assistant'],
  ['car phone', 'car'],
  ['pager', 'pager'],
  ['business fax', 'work fax'],
  ['home fax', 'home fax'],
  ['other fax', 'fax'],
];

/** "1/15/1980" → "1980-01-15"; Outlook writes "0/0/00" for none. */
function birthday(value: string | null): string | null {
  const match = value?.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!match) return null;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One row of an Outlook CSV, its columns found by name (`index`: lowercased header → position). */
export function outlookRecord({ line, cells }: CsvRow, index: ReadonlyMap<string, number>): ContactRecord {
  const get = (column: string) => {
    const position = index.get(column);
    return position === undefined ? null : text(cells[position]);
  };
  const given = joinName(get('first name'), get('middle name'));
  const family = get('last name');
  const company = get('company');
  const emails = ['e-mail address', 'e-mail 2 address', 'e-mail 3 address']
    .map(get)
    .filter((value): value is string => !!value)
    .map((value) => ({ value, label: null }));
  const place = (kind: string) =>
    text([get(`${kind} city`), get(`${kind} state`), get(`${kind} country/region`)].filter(Boolean).join(', '));
  const addresses = (['business', 'home', 'other'] as const).flatMap((kind) => {
    const street = text(
      [get(`${kind} street`), get(`${kind} street 2`), get(`${kind} street 3`)].filter(Boolean).join('\n'),
    );
    const address = {
      label: kind === 'business' ? 'work' : kind,
      street,
      city: get(`${kind} city`),
      region: get(`${kind} state`),
      postcode: get(`${kind} postal code`),
      country: get(`${kind} country/region`),
    };
    return address.street || address.city || address.region || address.postcode || address.country ? [address] : [];
  });
  const web = get('web page');
  const name = fullName(given, null, family);
  const suffix = get('suffix');
  return {
    line,
    displayName: (name && suffix ? `${name}, ${suffix}` : name) ?? company ?? emails[0]?.value ?? null,
    givenName: given,
    familyName: family,
    nickname: get('nickname'),
    title: get('job title'),
    company,
    location: place('business') ?? place('home') ?? place('other'),
    ...(addresses.length > 0 ? { addresses } : {}),
    birthday: birthday(get('birthday')),
    notes: get('notes'),
    emails,
    phones: PHONES.flatMap(([column, label]) => {
      const value = get(column);
      return value ? [{ value, label }] : [];
    }),
    links: web ? [{ url: web, label: linkLabel(web, null) }] : [],
    tags: (get('categories') ?? '')
      .split(';')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}
