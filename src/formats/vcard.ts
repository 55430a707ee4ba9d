import ICAL from 'ical.js';
import {
  type AnniversaryForms,
  type ContactRecord,
  clip,
  formatError,
  joinName,
  linkLabel,
  type OccasionRecord,
  type OnUnreadable,
  text,
} from './contact-record.js';
import { isFormatError } from './format-error.js';
import { placeOf } from './person-record.js';
import { cleanBase64, type PhotoSource } from './photo.js';
import { lineBatches, type TextChunks } from './text-stream.js';
import { describeCardProblem } from './vcard-errors.js';
import { normaliseCard } from './vcard-legacy.js';

const FORMAT = 'vCard';

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

const cardLines = {
  BEGIN: /^(?:[\w-]+\.)?BEGIN:VCARD\s*$/i,
  END: /^(?:[\w-]+\.)?END:VCARD\s*$/i,
};

function isLine(line: string, word: 'BEGIN' | 'END'): boolean {
  return cardLines[word].test(line);
}

function params(property: JCardProperty, name: string): string[] {
  const value = property[1][name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(','));
}

function values(property: JCardProperty): unknown[] {
  return property.slice(3);
}

/**
 * `\;`, `\,` and `\:` as the characters they escape: ical.js leaves `\;` in text, and
 * in URIs and unknown properties every escape (Apple writes `URL:http\://…`).
 */
function unescapeText(value: string): string {
  return value.replace(/\\([;,:])/g, '$1');
}

function first(property: JCardProperty): string {
  const value = property[3];
  if (Array.isArray(value)) return unescapeText(value.map(String).join(' ').trim());
  return value === undefined || value === null ? '' : unescapeText(String(value));
}

function parts(property: JCardProperty): string[] {
  const value = property[3];
  const list = Array.isArray(value) ? value : [value ?? ''];
  return list.map((part) => unescapeText(Array.isArray(part) ? part.map(String).join(' ') : String(part)));
}

const noiseTypes = new Set(['internet', 'pref', 'voice', 'x400', 'text', 'msg']);

/**
 * The label of an email, phone or URL: Apple's X-ABLabel for its group, else the first
 * meaningful TYPE; a fax keeps the word ("work fax"), so it is never taken for a phone.
 */
function labelOf(property: JCardProperty, abLabels: Map<string, string>): string | null {
  const own = params(property, 'x-kith-label')[0];
  if (own) return own;
  const group = property[1].group;
  if (typeof group === 'string' && abLabels.has(group.toLowerCase())) {
    return abLabels.get(group.toLowerCase()) ?? null;
  }
  const types = params(property, 'type')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part && !noiseTypes.has(part));
  const type = types.find((part) => part !== 'fax') ?? null;
  if (types.includes('fax')) return type ? `${type} fax` : 'fax';
  return type;
}

/** "_$!<Other>!$_" → "other". */
function cleanAbLabel(value: string): string {
  return value
    .replace(/^_\$!<(.*)>!\$_$/, '$1')
    .trim()
    .toLowerCase();
}

/** A date as YYYY-MM-DD, or --MM-DD without its year (Apple's X-APPLE-OMIT-YEAR, 4.0's --MMDD), else null. */
function yearlyDate(property: JCardProperty): string | null {
  const raw = first(property).trim();
  const omitYear = params(property, 'x-apple-omit-year')[0];
  const full = raw.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  if (full) {
    return full[1] === omitYear ? `--${full[2]}-${full[3]}` : `${full[1]}-${full[2]}-${full[3]}`;
  }
  const yearless = raw.match(/^--(\d{2})-?(\d{2})/);
  return yearless ? `--${yearless[1]}-${yearless[2]}` : null;
}

/**
 * An X-ABDATE's label in kith's words: Apple's own ("_$!<Anniversary>!$_") as the word,
 * lower-case; one the user typed as they typed it; none, "other" (Apple's word for it).
 */
function occasionLabel(raw: string | undefined): string {
  const label = raw?.trim() ?? '';
  const apple = label.match(/^_\$!<(.*)>!\$_$/);
  return (apple ? apple[1]?.trim().toLowerCase() : label) || 'other';
}

/**
 * A card's yearly dates besides its birthday, in its order: Apple's X-ABDATE by its label,
 * ANNIVERSARY (4.0) and X-ANNIVERSARY (3.0) as "anniversary". The same label and date
 * twice is one (kith's 3.0 cards carry an anniversary in both forms, for Apple and for
 * the rest). A date that cannot be read is passed on as written, for validation to name.
 */
function occasionsOf(
  properties: readonly JCardProperty[],
  labels: ReadonlyMap<string, string>,
): { occasions: OccasionRecord[]; anniversaryForms?: AnniversaryForms } {
  const found: OccasionRecord[] = [];
  let vcard: string | undefined;
  let apple: string | undefined;
  const add = (label: string, property: JCardProperty) => {
    const date = yearlyDate(property) ?? first(property).trim();
    const seen = found.some((one) => one.date === date && one.label.toLowerCase() === label.toLowerCase());
    if (date && !seen) found.push({ label, date });
    return date;
  };
  for (const property of properties) {
    const group = property[1].group;
    const label = typeof group === 'string' ? labels.get(group.toLowerCase()) : undefined;
    if (property[0] === 'x-abdate') {
      const date = add(occasionLabel(label), property);
      if (occasionLabel(label) === 'anniversary') apple ??= date;
    } else if (property[0] === 'anniversary' || property[0] === 'x-anniversary') vcard ??= add('anniversary', property);
  }
  if (vcard === undefined || apple === undefined || vcard === apple) return { occasions: found };
  return { occasions: found, anniversaryForms: { vcard, apple } };
}

/**
 * The values of one of kith's own properties, which ical.js hands over raw: text split at
 * unescaped commas when `list`, with `\,` `\;` `\\` `\n` unescaped; a list may also be the
 * JSON array kith wrote before.
 */
function ownValues(property: JCardProperty, list: boolean): string[] {
  const raw = String(property[3] ?? '');
  if (list && raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON: read as text
    }
  }
  const values: string[] = [];
  let current = '';
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index];
    if (char === '\\' && index + 1 < raw.length) {
      const next = raw[index + 1] ?? '';
      current += next === 'n' || next === 'N' ? '\n' : next;
      index += 1;
    } else if (char === ',' && list) {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values.map((value) => value.trim()).filter(Boolean);
}

/**
 * A card's PHOTO: inline base64 (3.0's `ENCODING=b`, 2.1's BASE64 as rewritten, 4.0's
 * `data:` URI) or a web address, kept as a link; anything else (a `cid:` reference) is null.
 */
function photoOf(property: JCardProperty): PhotoSource | null {
  const raw = String(property[3] ?? '').trim();
  const dataUri = raw.match(/^data:[^,;]*(;[^,]*)?,(.*)$/is);
  if (dataUri) {
    if (!/;base64/i.test(dataUri[1] ?? '')) return null;
    const data = cleanBase64(dataUri[2] ?? '');
    return data ? { kind: 'inline', data } : null;
  }
  const url = unescapeText(raw);
  if (/^https?:\/\//i.test(url)) return { kind: 'link', url };
  const data = cleanBase64(raw);
  return data ? { kind: 'inline', data } : null;
}

const ownText = (property: JCardProperty) => text(ownValues(property, false)[0]);

function kithList(property: JCardProperty): string[] {
  return values(property)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map((value) => unescapeText(String(value)).trim())
    .filter(Boolean);
}

function toRecord(line: number, properties: JCardProperty[]): ContactRecord {
  const abLabels = new Map<string, string>();
  const typedLabels = new Map<string, string>();
  for (const property of properties) {
    const group = property[1].group;
    if (property[0] === 'x-ablabel' && typeof group === 'string') {
      abLabels.set(group.toLowerCase(), cleanAbLabel(first(property)));
      typedLabels.set(group.toLowerCase(), first(property));
    }
  }
  const record: ContactRecord = { line, displayName: null, emails: [], phones: [], links: [], tags: [] };
  let formatted: string | null = null;
  let kithLocation: string | null = null;
  let cityOnly: string | null = null;
  for (const property of properties) {
    const [name] = property;
    switch (name) {
      case 'fn':
        formatted = text(first(property));
        break;
      case 'n': {
        const [family, given, middle] = parts(property);
        record.familyName = text(family);
        record.givenName = joinName(given, middle);
        break;
      }
      case 'nickname':
        // Several NICKNAME lines are a list, as one line's commas are: the first is the nickname.
        record.nickname ??= text(kithList(property)[0]);
        break;
      case 'org': {
        record.company = text(parts(property)[0]);
        break;
      }
      case 'title':
        record.title = text(first(property));
        break;
      case 'email': {
        const value = text(first(property));
        if (value) record.emails.push({ value, label: labelOf(property, abLabels) });
        break;
      }
      case 'tel': {
        const value = text(first(property).replace(/^tel:/i, ''));
        if (value) record.phones.push({ value, label: labelOf(property, abLabels) });
        break;
      }
      case 'url':
      case 'x-socialprofile': {
        const url = text(first(property));
        if (url && /^https?:\/\//i.test(url))
          record.links.push({ url, label: linkLabel(url, labelOf(property, abLabels)) });
        break;
      }
      case 'bday':
        record.birthday = yearlyDate(property);
        break;
      case 'note':
        record.notes = text(first(property));
        break;
      case 'categories':
        // Gmail's system groups are not the user's tags.
        record.tags.push(...kithList(property).filter((tag) => !/^(?:mycontacts|starred)$/i.test(tag)));
        break;
      case 'adr': {
        const [box, extended, street, city, region, postcode, country] = parts(property);
        const address = {
          label: labelOf(property, abLabels),
          street: text([box, extended, street].filter((part) => part?.trim()).join('\n')),
          city: text(city),
          region: text(region),
          postcode: text(postcode),
          country: text(country),
        };
        // A city alone (how kith writes a location without an address) is a location, not an address.
        if (address.street || address.region || address.postcode || address.country) {
          record.addresses = [...(record.addresses ?? []), address];
        } else if (address.city) cityOnly ??= address.city;
        break;
      }
      case 'photo':
        record.photo ??= photoOf(property) ?? undefined;
        if (!record.photo) delete record.photo;
        break;
      case 'x-kith-location':
        kithLocation = ownText(property);
        break;
      case 'uid': {
        const match = first(property).match(/^urn:kith:([0-9a-z]{1,64})$/i);
        if (match) record.kithId = match[1] ?? null;
        break;
      }
      case 'x-kith-tier':
        record.tier = ownText(property);
        break;
      case 'x-kith-cadence-days':
        record.cadenceDays = Number(first(property));
        break;
      case 'x-kith-industry':
        record.industry = ownText(property);
        break;
      case 'x-kith-how-met':
        record.howMet = ownText(property);
        break;
      case 'x-kith-met-on':
        record.metOn = ownText(property);
        break;
      case 'x-kith-topics':
        record.topics = [...(record.topics ?? []), ...ownValues(property, true)];
        break;
      case 'x-kith-offers':
        record.offers = [...(record.offers ?? []), ...ownValues(property, true)];
        break;
      case 'x-kith-archived':
        record.archived = ownText(property) === '1';
        break;
      case 'x-kith-needs':
        record.needs = [...(record.needs ?? []), ...ownValues(property, true)];
        break;
    }
  }
  const { occasions, anniversaryForms } = occasionsOf(properties, typedLabels);
  if (occasions.length > 0) record.occasions = occasions;
  if (anniversaryForms) record.anniversaryForms = anniversaryForms;
  // kith writes a location that is not its first address's place; other cards are placed by their first address.
  record.location = kithLocation ?? cityOnly ?? placeOf(record.addresses?.[0]);
  if (!record.location) delete record.location;
  record.displayName =
    formatted ?? joinName(record.givenName, record.familyName) ?? record.company ?? record.emails[0]?.value ?? null;
  return record;
}

/** One card's lines, rewritten from 2.1 and exporters' quirks and parsed by ical.js; `line` is where its BEGIN:VCARD is. */
function parseCard(line: number, lines: readonly string[]): ContactRecord {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(normaliseCard(lines));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Lines are counted in the card as written, before the 2.1 rewrite.
    const problem = describeCardProblem(message, lines.join('\n'), line);
    throw formatError(FORMAT, problem.line, clip(problem.reason, 160));
  }
  const component = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed : undefined) as
    | [string, JCardProperty[], unknown[]]
    | undefined;
  if (component?.[0] !== 'vcard') {
    throw formatError(FORMAT, line, 'the card that begins here is not a vCard');
  }
  return toRecord(line, component[1]);
}

/** A line where END:VCARD and BEGIN:VCARD run together (a lost line break). */
const runTogether = /END:VCARD\s*BEGIN:VCARD/i;

/**
 * Every card in a vCard 2.1, 3.0 or 4.0 file, read as the text streams in: lines are split
 * as they arrive, a card is cut at its END:VCARD and parsed by ical.js (after `normaliseCard`
 * unfolds it and rewrites 2.1), so a card that never ends, a card begun inside another,
 * or text outside any card is reported at its line. With `onUnreadable`, each such card
 * is reported and reading goes on with the next; without it, the first one throws.
 */
export async function* readVcard(chunks: TextChunks, onUnreadable?: OnUnreadable): AsyncGenerator<ContactRecord[]> {
  const fail = (line: number, message: string) => {
    if (!onUnreadable) throw formatError(FORMAT, line, message);
    onUnreadable(line, `${FORMAT} line ${line}: ${message}`);
  };
  let number = 0;
  let start = -1;
  let card: string[] = [];
  let outside = false;
  for await (const lines of lineBatches(chunks)) {
    const records: ContactRecord[] = [];
    const finish = () => {
      try {
        records.push(parseCard(start, card));
      } catch (error) {
        const reason = isFormatError(error)
          ? error.message.replace(/^vCard line \d+: /, '')
          : `the card that begins here cannot be read (${clip(error instanceof Error ? error.message : String(error))})`;
        const at = isFormatError(error) ? error.line : undefined;
        fail(at ?? start, reason);
      }
      start = -1;
      card = [];
    };
    for (const line of lines) {
      number += 1;
      if (isLine(line, 'BEGIN')) {
        if (start >= 0) {
          fail(number, `a card begins inside the card that began on line ${start}`);
        }
        start = number;
        card = [line];
        outside = false;
      } else if (isLine(line, 'END')) {
        if (start < 0) {
          fail(number, 'END:VCARD without a BEGIN:VCARD');
          continue;
        }
        card.push(line);
        finish();
      } else if (start >= 0 && runTogether.test(line)) {
        fail(number, 'END:VCARD and BEGIN:VCARD are on one line (a line break is missing)');
        card.push('END:VCARD');
        finish();
        start = number;
        card = ['BEGIN:VCARD'];
      } else if (start >= 0) {
        card.push(line);
      } else if (line.trim() !== '') {
        // A run of stray lines is one error, named at its first line.
        if (!outside) fail(number, 'text outside a BEGIN:VCARD … END:VCARD card');
        outside = true;
      }
    }
    if (records.length > 0) yield records;
  }
  if (start >= 0) fail(start, 'the card that begins here never ends (no END:VCARD)');
}
