import ICAL from 'ical.js';
import type { OccasionRecord } from './contact-record.js';
import { addressesOf, type PersonRecord as Person, placeOf } from './person-record.js';
import type { PhotoRecord as PersonPhoto } from './photo.js';

export type VcardVersion = '3.0' | '4.0';

/** Apple's convention for a year-less birthday in vCard 3.0, which has no --MM-DD form. */
const OMITTED_YEAR = '1604';

type Parameters = Record<string, string | string[]>;

function add(card: ICAL.Component, name: string, value: string | string[], parameters: Parameters = {}) {
  const property = new ICAL.Property(name, card);
  if (Array.isArray(value)) property.setValues(value);
  else property.setValue(value);
  for (const [key, parameter] of Object.entries(parameters)) property.setParameter(key, parameter);
  card.addProperty(property);
}

function structured(card: ICAL.Component, name: string, parts: string[], parameters: Parameters = {}) {
  const property = new ICAL.Property(name, card);
  property.setValue(parts as unknown as string);
  for (const [key, parameter] of Object.entries(parameters)) property.setParameter(key, parameter);
  card.addProperty(property);
}

/**
 * kith's labels as vCard TYPE values, a list written `TYPE=work,fax` (a quoted
 * `TYPE="work,fax"` is one odd label to vobject): "mobile" is `cell`, "work fax" is `work,fax`.
 */
function labelType(label: string | null, extra?: string): Parameters {
  const words = label?.trim().toLowerCase();
  const types = words === 'mobile' ? ['cell'] : words?.endsWith(' fax') ? words.split(/\s+/) : words ? [words] : [];
  const type = [extra, ...types].filter((part): part is string => !!part);
  if (type.length === 0) return {};
  // A label written as another type ("mobile" as cell) keeps its own word for kith to read back.
  const own: Parameters = words === 'mobile' ? { 'x-kith-label': words } : {};
  return { type: type.length === 1 ? (type[0] as string) : type, ...own };
}

/** A name suffix at the end of a display name ("Ada Okafor, Jr."), which goes in N's fifth part. */
const SUFFIX = /,\s*(Jr\.?|Sr\.?|II|III|IV|V|PhD|Ph\.D\.|MD|M\.D\.|Esq\.?|MBA|CPA)$/i;

/** A text value escaped as RFC 6350 3.4 says: backslash, comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Content lines folded at 75 octets (RFC 6350 3.2), never inside a UTF-8 character: each
 * continuation starts with a space and holds at most 74 octets more.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = 74;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * A photo as a PHOTO line: in 3.0 inline base64 (`ENCODING=b;TYPE=JPEG`) or `VALUE=uri`,
 * in 4.0 a `data:` URI or the address.
 */
export function photoLine(photo: PersonPhoto, version: VcardVersion): string {
  if (photo.kind === 'link') return version === '4.0' ? `PHOTO:${photo.url}` : `PHOTO;VALUE=uri:${photo.url}`;
  if (version === '4.0') return `PHOTO:data:${photo.contentType};base64,${photo.data}`;
  return `PHOTO;ENCODING=b;TYPE=${photo.contentType === 'image/webp' ? 'WEBP' : 'JPEG'}:${photo.data}`;
}

const isAnniversary = (occasion: OccasionRecord) => occasion.label.trim().toLowerCase() === 'anniversary';

/** Apple's own words for the labels it has ("_$!<Anniversary>!$_"), which an iPhone shows in its language. */
function abLabel(label: string): string {
  const word = label.trim().toLowerCase();
  return word === 'anniversary' || word === 'other' ? `_$!<${word[0]?.toUpperCase()}${word.slice(1)}>!$_` : label;
}

/**
 * A person's occasions as content lines. The first anniversary is 4.0's ANNIVERSARY
 * (`20100612`, `--0612`) or, in 3.0, X-ANNIVERSARY (`2010-06-12`, `--06-12`), as khard and
 * Thunderbird read it. Every other date, and in 3.0 the anniversary too (an iPhone reads
 * no X-ANNIVERSARY), is Apple's `itemN.X-ABDATE` with its `itemN.X-ABLabel`, a year-less
 * one in 1604 as BDAY is; group numbers in `taken` (a phone's own groups) are skipped.
 */
export function occasionLines(
  occasions: readonly OccasionRecord[],
  version: VcardVersion,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const lines: string[] = [];
  const anniversary = occasions.find(isAnniversary);
  if (anniversary) {
    const yearless = anniversary.date.startsWith('--');
    if (version === '4.0')
      lines.push(
        `ANNIVERSARY:${yearless ? anniversary.date.replace(/-(\d{2})$/, '$1') : anniversary.date.replace(/-/g, '')}`,
      );
    else lines.push(`X-ANNIVERSARY:${anniversary.date}`);
  }
  let group = 0;
  for (const occasion of occasions) {
    if (version === '4.0' && occasion === anniversary) continue;
    do group += 1;
    while (taken.has(`item${group}`));
    const date = occasion.date.startsWith('--')
      ? `;X-APPLE-OMIT-YEAR=${OMITTED_YEAR}:${OMITTED_YEAR}-${occasion.date.slice(2)}`
      : `:${occasion.date}`;
    lines.push(`item${group}.X-ABDATE${date}`, `item${group}.X-ABLabel:${escapeText(abLabel(occasion.label))}`);
  }
  return lines;
}

/**
 * One person as a vCard. Standard properties carry what phones and contacts apps
 * read (their photo too, when given); X-KITH-* properties carry kith's own fields (a list as one escaped text property per value), so importing the card back into
 * kith loses nothing kith stores.
 */
export function personToVcard(
  person: Person,
  version: VcardVersion,
  photo?: PersonPhoto,
  occasions: readonly OccasionRecord[] = [],
): string {
  const card = new ICAL.Component('vcard');
  add(card, 'version', version);
  add(card, 'fn', person.displayName);
  const suffix = person.displayName.match(SUFFIX)?.[1] ?? '';
  structured(card, 'n', [person.familyName ?? '', person.givenName ?? '', '', '', suffix]);
  if (person.nickname) add(card, 'nickname', person.nickname);
  if (person.company) structured(card, 'org', [person.company]);
  if (person.title) add(card, 'title', person.title);
  for (const email of person.emails) {
    add(card, 'email', email.value, labelType(email.label, version === '3.0' ? 'INTERNET' : undefined));
  }
  for (const phone of person.phones) add(card, 'tel', phone.value, labelType(phone.label));
  for (const link of person.links) add(card, 'url', link.url, labelType(link.label));
  const addresses = addressesOf(person);
  for (const address of addresses) {
    const { street, city, region, postcode, country } = address;
    const parts = [street, city, region, postcode, country].map((part) => part ?? '');
    structured(card, 'adr', ['', '', ...parts], labelType(address.label));
  }
  if (person.location && addresses.length === 0) structured(card, 'adr', ['', '', '', person.location, '', '', '']);
  if (person.birthday) {
    const yearless = person.birthday.startsWith('--');
    if (version === '4.0') add(card, 'bday', person.birthday.replace(/^--(\d{2})-(\d{2})$/, '--$1$2'));
    else if (yearless)
      add(card, 'bday', `${OMITTED_YEAR}-${person.birthday.slice(2)}`, { 'x-apple-omit-year': OMITTED_YEAR });
    else add(card, 'bday', person.birthday);
  }
  if (person.notes) add(card, 'note', person.notes);
  if (person.tags.length > 0) add(card, 'categories', person.tags);
  add(card, 'uid', `urn:kith:${person.id}`);
  // kith's own properties are written here rather than through ical.js, which writes an
  // unknown property's value as it is (a line break in it would end the line) and would
  // escape the backslashes of escaped commas a second time.
  const own: [string, string | readonly string[] | number | null][] = [
    ['X-KITH-TIER', person.tier],
    ['X-KITH-CADENCE-DAYS', person.cadenceDays],
    ['X-KITH-INDUSTRY', person.industry],
    ['X-KITH-HOW-MET', person.howMet],
    ['X-KITH-MET-ON', person.metOn],
    ['X-KITH-LOCATION', addresses.length > 0 && person.location !== placeOf(addresses[0]) ? person.location : null],
    ['X-KITH-TOPICS', person.topics],
    ['X-KITH-OFFERS', person.offers],
    ['X-KITH-NEEDS', person.needs],
    ['X-KITH-ARCHIVED', person.archived ? 1 : null],
  ];
  // A list is one property per value: vobject (khard) keeps only the first value of a
  // comma-separated list in a property it does not know.
  const extensions = own.flatMap(([name, value]) =>
    (typeof value === 'object' && value !== null ? value : value === null || value === '' ? [] : [String(value)]).map(
      (one) => `${name}:${escapeText(one)}`,
    ),
  );
  const lines = card
    .toString()
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  lines.splice(
    lines.length - 1,
    0,
    ...occasionLines(occasions, version),
    ...(photo ? [photoLine(photo, version)] : []),
    ...extensions,
  );
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export function peopleToVcard(
  people: readonly Person[],
  version: VcardVersion = '3.0',
  photos: ReadonlyMap<string, PersonPhoto> = new Map(),
  occasions: ReadonlyMap<string, readonly OccasionRecord[]> = new Map(),
): string {
  return people
    .map((person) => personToVcard(person, version, photos.get(person.id), occasions.get(person.id)))
    .join('');
}
