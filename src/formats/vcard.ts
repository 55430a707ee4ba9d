import ICAL from 'ical.js';
import { type ContactRecord, formatError, joinName, linkLabel, text } from './contact-record.js';

const FORMAT = 'vCard';

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** One card's lines, and the line its BEGIN:VCARD is on. */
type CardText = { line: number; text: string };

function isLine(line: string, word: 'BEGIN' | 'END'): boolean {
  return new RegExp(`^(?:[\\w-]+\\.)?${word}:VCARD\\s*$`, 'i').test(line);
}

/**
 * Splits a file into cards by line, so a card that never ends, a card begun inside
 * another, or text outside any card is reported at its line before ical.js sees it.
 */
export function splitCards(input: string): CardText[] {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const cards: CardText[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (isLine(line, 'BEGIN')) {
      if (start >= 0) {
        throw formatError(FORMAT, number, `a card begins inside the card that began on line ${start + 1}`);
      }
      start = index;
    } else if (isLine(line, 'END')) {
      if (start < 0) throw formatError(FORMAT, number, 'END:VCARD without a BEGIN:VCARD');
      cards.push({ line: start + 1, text: lines.slice(start, index + 1).join('\r\n') });
      start = -1;
    } else if (start < 0 && line.trim() !== '') {
      throw formatError(FORMAT, number, 'text outside a BEGIN:VCARD … END:VCARD card');
    }
  });
  if (start >= 0) throw formatError(FORMAT, start + 1, 'the card that begins here never ends (no END:VCARD)');
  return cards;
}

function params(property: JCardProperty, name: string): string[] {
  const value = property[1][name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(','));
}

function values(property: JCardProperty): unknown[] {
  return property.slice(3);
}

function first(property: JCardProperty): string {
  const value = property[3];
  if (Array.isArray(value)) return value.map(String).join(' ').trim();
  return value === undefined || value === null ? '' : String(value);
}

const noiseTypes = new Set(['internet', 'pref', 'voice', 'x400', 'text']);

/** The label of an email, phone or URL: Apple's X-ABLabel for its group, else the first meaningful TYPE. */
function labelOf(property: JCardProperty, abLabels: Map<string, string>): string | null {
  const group = property[1].group;
  if (typeof group === 'string' && abLabels.has(group.toLowerCase())) {
    return abLabels.get(group.toLowerCase()) ?? null;
  }
  const type = params(property, 'type')
    .map((part) => part.trim().toLowerCase())
    .find((part) => part && !noiseTypes.has(part));
  return type ?? null;
}

/** "_$!<Other>!$_" → "other". */
function cleanAbLabel(value: string): string {
  return value
    .replace(/^_\$!<(.*)>!\$_$/, '$1')
    .trim()
    .toLowerCase();
}

function birthday(property: JCardProperty): string | null {
  const raw = first(property).trim();
  const omitYear = params(property, 'x-apple-omit-year')[0];
  const full = raw.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  if (full) {
    return full[1] === omitYear ? `--${full[2]}-${full[3]}` : `${full[1]}-${full[2]}-${full[3]}`;
  }
  const yearless = raw.match(/^--(\d{2})-?(\d{2})/);
  return yearless ? `--${yearless[1]}-${yearless[2]}` : null;
}

/** kith's own list properties hold a JSON array of strings; anything else is ignored. */
function jsonList(property: JCardProperty): string[] {
  try {
    const parsed: unknown = JSON.parse(first(property));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

function kithList(property: JCardProperty): string[] {
  return values(property)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map((value) => String(value).trim())
    .filter(Boolean);
}

function toRecord(line: number, properties: JCardProperty[]): ContactRecord {
  const abLabels = new Map<string, string>();
  for (const property of properties) {
    const group = property[1].group;
    if (property[0] === 'x-ablabel' && typeof group === 'string') {
      abLabels.set(group.toLowerCase(), cleanAbLabel(first(property)));
    }
  }
  const record: ContactRecord = { line, displayName: null, emails: [], phones: [], links: [], tags: [] };
  let formatted: string | null = null;
  for (const property of properties) {
    const [name] = property;
    switch (name) {
      case 'fn':
        formatted = text(first(property));
        break;
      case 'n': {
        const parts = Array.isArray(property[3]) ? property[3].map(String) : [String(property[3] ?? '')];
        record.familyName = text(parts[0]);
        record.givenName = joinName(parts[1], parts[2]);
        break;
      }
      case 'nickname':
        record.nickname = text(kithList(property)[0]);
        break;
      case 'org': {
        const parts = Array.isArray(property[3]) ? property[3].map(String) : [first(property)];
        record.company = text(parts[0]);
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
        record.birthday = birthday(property);
        break;
      case 'note':
        record.notes = text(first(property));
        break;
      case 'categories':
        record.tags.push(...kithList(property));
        break;
      case 'adr':
        if (!record.location && Array.isArray(property[3])) {
          const parts = property[3].map((part) => (Array.isArray(part) ? part.join(' ') : String(part)));
          record.location = text([parts[3], parts[4], parts[6]].filter((part) => part?.trim()).join(', '));
        }
        break;
      case 'uid': {
        const match = first(property).match(/^urn:kith:([0-9a-z]{1,64})$/i);
        if (match) record.kithId = match[1] ?? null;
        break;
      }
      case 'x-kith-tier':
        record.tier = text(first(property));
        break;
      case 'x-kith-cadence-days':
        record.cadenceDays = Number(first(property));
        break;
      case 'x-kith-industry':
        record.industry = text(first(property));
        break;
      case 'x-kith-how-met':
        record.howMet = text(first(property));
        break;
      case 'x-kith-met-on':
        record.metOn = text(first(property));
        break;
      case 'x-kith-topics':
        record.topics = jsonList(property);
        break;
      case 'x-kith-offers':
        record.offers = jsonList(property);
        break;
      case 'x-kith-needs':
        record.needs = jsonList(property);
        break;
    }
  }
  record.displayName =
    formatted ?? joinName(record.givenName, record.familyName) ?? record.company ?? record.emails[0]?.value ?? null;
  return record;
}

/** Every card in a vCard 3.0 or 4.0 file, parsed by ical.js. */
export function parseVcard(input: string): ContactRecord[] {
  return splitCards(input).map((card) => {
    let parsed: unknown;
    try {
      parsed = ICAL.parse(card.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw formatError(FORMAT, card.line, `the card that begins here cannot be read (${message})`);
    }
    const component = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed : undefined) as
      | [string, JCardProperty[], unknown[]]
      | undefined;
    if (component?.[0] !== 'vcard') {
      throw formatError(FORMAT, card.line, 'the card that begins here is not a vCard');
    }
    return toRecord(card.line, component[1]);
  });
}
