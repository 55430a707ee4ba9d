import { type ContactRecord, formatError, joinName, type OccasionRecord } from './contact-record.js';
import { parseContacts } from './contacts.js';
import type { PersonRecord as Person } from './person-record.js';
import type { PhotoRecord as PersonPhoto } from './photo.js';
import { occasionLines, personToVcard } from './vcard-writer.js';

/**
 * The vCard properties kith models: read into a person's fields on a phone's PUT and
 * written from them (PHOTO: the person's photo, resized; ADR: their postal addresses, or
 * their location when they have none; ANNIVERSARY, X-ANNIVERSARY and X-ABDATE: their occasions). Every other property a phone sends (X-…, IMPP, RELATED,
 * …) is kept raw on the person and written back unchanged. X-ABLABEL belongs to the
 * property it labels (by group): modeled with a modeled one, kept with a kept one.
 * The one place to change when kith models a property (structured addresses, photos).
 */
export const MODELED_VCARD_PROPERTIES: ReadonlySet<string> = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'REV',
  'UID',
  'FN',
  'N',
  'NICKNAME',
  'ORG',
  'TITLE',
  'EMAIL',
  'TEL',
  'URL',
  'X-SOCIALPROFILE',
  'BDAY',
  'NOTE',
  'CATEGORIES',
  'PHOTO',
  'ADR',
  'ANNIVERSARY',
  'X-ANNIVERSARY',
  'X-ABDATE',
]);

/** One content line of a card, unfolded: its group (item1), upper-case name and whole text. */
type ContentLine = { group: string | null; name: string; text: string; line: number };

/** The content lines of a card, unfolded (RFC 6350 3.2), each with the line it starts on. */
function contentLines(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  let number = 0;
  for (const physical of text.split(/\r\n|\n|\r/)) {
    number += 1;
    const last = lines.at(-1);
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && last) {
      last.text += physical.slice(1);
      continue;
    }
    if (physical.trim() === '') continue;
    const head = physical.match(/^(?:([\w-]+)\.)?([\w-]+)/);
    lines.push({
      group: head?.[1]?.toLowerCase() ?? null,
      name: (head?.[2] ?? '').toUpperCase(),
      text: physical,
      line: number,
    });
  }
  return lines;
}

/** kith writes a person's location as an address with only its locality: that ADR is kith's own. */
function locationAddress(line: ContentLine): string | null {
  const match = line.text.match(/^(?:[\w-]+\.)?ADR(?:;[^:]*)?:;;;((?:[^;\\]|\\.)*);;;$/i);
  return match?.[1] ? match[1].replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n') : null;
}

/** kith's links are web addresses: a URL of another kind (a bare domain, ftp:) is kept raw. */
function isWebAddress(line: ContentLine): boolean {
  return /^https?:\/\//i.test(line.text.slice(line.text.indexOf(':') + 1).trim());
}

function isModeled(line: ContentLine, modeledGroups: ReadonlySet<string>): boolean {
  if (line.name === 'X-ABLABEL') return line.group !== null && modeledGroups.has(line.group);
  if (line.name === 'URL' || line.name === 'X-SOCIALPROFILE') return isWebAddress(line);
  return MODELED_VCARD_PROPERTIES.has(line.name);
}

/*
 * ORG, N and NICKNAME are modeled in part: kith keeps a company (ORG's first unit), a
 * family and a given name (N's given and middle names joined) and one nickname. A phone's
 * line that carries more (a department, a middle name apart, a prefix or suffix, more
 * nicknames, on the line or on more NICKNAME lines: all of them are kept then) is also kept raw, beside the other extras, and written back in place of
 * kith's own line while the part kith models is what kith would write; once that part is
 * edited in kith, kith's line is written and the rest gives way with it. No new storage:
 * a kept line is one more raw line of the card.
 */
const PARTLY_MODELED: ReadonlySet<string> = new Set(['ORG', 'N', 'NICKNAME']);

/** The text after a content line's name and parameters (a quoted parameter may hold a colon). */
function lineValue(text: string): string {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === ':' && !quoted) return text.slice(index + 1);
  }
  return '';
}

/** A value cut at each unescaped separator, the pieces still escaped. */
function pieces(value: string, separator: ';' | ','): string[] {
  const cut = [''];
  for (let index = 0; index < value.length; index += 1) {
    const char = value.charAt(index);
    const at = cut.length - 1;
    if (char === '\\') {
      cut[at] += value.slice(index, index + 2);
      index += 1;
    } else if (char === separator) cut.push('');
    else cut[at] += char;
  }
  return cut;
}

/** Escaped text as it reads (`\n` a line break, any other escaped character itself), trimmed. */
function unescaped(text: string | undefined): string {
  return (text ?? '').replace(/\\(.)/gs, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char)).trim();
}

/** A structured component as kith reads it: a list in it is words (ical.js). */
const words = (component: string | undefined) =>
  pieces(component ?? '', ',')
    .map(unescaped)
    .join(' ')
    .trim();

/** The part of an ORG, N or NICKNAME line kith models, as comparable text. */
function modeledPart(line: ContentLine): string {
  const value = lineValue(line.text);
  if (line.name === 'NICKNAME') return unescaped(pieces(value, ',')[0]);
  const components = pieces(value, ';');
  if (line.name === 'ORG') return unescaped(components[0]);
  return JSON.stringify([words(components[0]), joinName(words(components[1]), words(components[2])) ?? '']);
}

/** The nicknames of a card's NICKNAME lines, in order: the first is the one kith models. */
function nicknames(lines: readonly ContentLine[]): string[] {
  return lines
    .filter((line) => line.name === 'NICKNAME')
    .flatMap((line) => pieces(lineValue(line.text), ',').map(unescaped))
    .filter(Boolean);
}

/** Whether an ORG, N or NICKNAME line carries more than the part kith models (`card`: all the card's lines). */
function hasUnmodeledParts(line: ContentLine, card: readonly ContentLine[]): boolean {
  const value = lineValue(line.text);
  if (line.name === 'NICKNAME') return nicknames(card).length > 1;
  const components = pieces(value, ';');
  return components.slice(line.name === 'ORG' ? 1 : 2).some((component) => words(component) !== '');
}

/** What a phone's card holds: the record kith reads from it, its UID, its location, and the rest raw. */
export type DavCard = {
  record: ContactRecord;
  uid: string | null;
  /** The locality of an ADR in kith's own location form, else null (other addresses are the person's addresses). */
  location: string | null;
  /** Unfolded content lines kith does not model (or models in part), in the card's order. */
  extras: string[];
};

/**
 * Reads one vCard (3.0 or 4.0) sent by a CardDAV client. A malformed card, or a body that
 * is not exactly one card, fails with a FormatError naming the line.
 */
export async function readDavCard(text: string): Promise<DavCard> {
  const records = await parseContacts('vcard', text);
  if (records.length !== 1) {
    throw formatError('vCard', records[1]?.line ?? 1, `expected exactly one card, found ${records.length}`);
  }
  const record = records[0] as ContactRecord;
  const lines = contentLines(text);
  const modeledGroups = new Set(
    lines
      .filter((line) => line.group && line.name !== 'X-ABLABEL' && isModeled(line, new Set()))
      .map((line) => line.group as string),
  );
  const extras: string[] = [];
  let uid: string | null = null;
  let location: string | null = null;
  for (const line of lines) {
    if (line.name === 'UID') uid = line.text.slice(line.text.indexOf(':') + 1).trim() || null;
    if (line.name === 'ADR') location ??= locationAddress(line);
    if (!isModeled(line, modeledGroups) || (PARTLY_MODELED.has(line.name) && hasUnmodeledParts(line, lines))) {
      extras.push(line.text);
    }
  }
  return { record, uid, location, extras };
}

/**
 * Whether two cards hold the same content lines (unfolded, in any order): a server that
 * stored a card as sent may give its ETag back (RFC 7231 4.3.4), else the client fetches it.
 */
export function sameCardText(a: string, b: string): boolean {
  const lines = (text: string) =>
    contentLines(text)
      .map((line) => line.text)
      .sort()
      .join('\n');
  return lines(a) === lines(b);
}

/** Folds a content line at 75 characters (RFC 6350 3.2), never inside a surrogate pair. */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  let width = 75;
  while (rest.length > width) {
    let cut = width;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    width = 74;
  }
  parts.push(rest);
  return parts.join('\r\n ');
}

/**
 * Raw lines kept before kith modeled their property: a PHOTO gives way to the stored photo,
 * and an ADR (with its group's X-ABLabel) always to the person's addresses, which were read
 * from the same card and may have been edited in kith since.
 */
function withoutModeled(extras: readonly string[], photo: boolean): ContentLine[] {
  const lines = contentLines(extras.join('\r\n'));
  const addressGroups = new Set(lines.filter((line) => line.name === 'ADR' && line.group).map((line) => line.group));
  return lines.filter(
    (line) =>
      line.name !== 'ADR' &&
      !(photo && line.name === 'PHOTO') &&
      !(line.name === 'X-ABLABEL' && line.group && addressGroups.has(line.group)),
  );
}

/**
 * The kept lines written in place of kith's own ORG, N or NICKNAME line: one whose modeled
 * part is kith's; for NICKNAME, every kept NICKNAME line when their first nickname is kith's.
 */
function keptInPlace(line: ContentLine, partly: readonly ContentLine[]): string[] {
  if (line.name === 'NICKNAME') {
    const kept = partly.filter((one) => one.name === 'NICKNAME');
    return kept.length > 0 && nicknames(kept)[0] === modeledPart(line) ? kept.map((one) => one.text) : [line.text];
  }
  return [partly.find((kept) => kept.name === line.name && modeledPart(kept) === modeledPart(line))?.text ?? line.text];
}

/**
 * A person as their address-book card (vCard 3.0): the standard properties of kith's vCard
 * export (not kith's own X-KITH-* fields, which stay kith's) with their occasions, the UID
 * the card is known by, and the properties a phone gave it, unchanged.
 */
export function personToDavCard(
  person: Person,
  card: { uid: string; extras: readonly string[] },
  photo?: PersonPhoto,
  version: '3.0' | '4.0' = '3.0',
  occasions: readonly OccasionRecord[] = [],
): string {
  const extras = withoutModeled(card.extras, photo !== undefined);
  const partly = extras.filter((line) => PARTLY_MODELED.has(line.name));
  const own = contentLines(personToVcard(person, version, photo)).filter(
    (line) => !line.name.startsWith('X-KITH-') && line.name !== 'UID',
  );
  const end = own.pop();
  // Apple's groups (item1.X-ABDATE) of kith's dates are numbered past the phone's own.
  const taken = new Set(extras.flatMap((line) => (line.group ? [line.group] : [])));
  const ownText = [
    ...own.flatMap((line) => (PARTLY_MODELED.has(line.name) ? keptInPlace(line, partly) : [line.text])),
    ...occasionLines(occasions, version, taken),
  ];
  // A kept ORG or NICKNAME whose modeled part is empty (`ORG:;Robotics`) has no line of kith's to stand in for.
  const ownNames = new Set(own.map((line) => line.name));
  const rest = extras.filter(
    (line) => !PARTLY_MODELED.has(line.name) || (!ownNames.has(line.name) && modeledPart(line) === ''),
  );
  const lines = [...ownText, `UID:${card.uid}`, ...rest.map((line) => line.text), end?.text ?? 'END:VCARD'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
