import { FormatError } from './format-error.js';
import type { PostalAddress } from './person-record.js';
import type { PhotoSource } from './photo.js';

/**
 * One contact read from a file, before validation: the fields of a person that the
 * format carries, and the line its record starts on (errors and skips name it).
 */
export type ContactRecord = {
  line: number;
  /** The kith id a card exported by kith carries (UID urn:kith:ID), so importing it back updates, not duplicates. */
  kithId?: string | null;
  displayName: string | null;
  givenName?: string | null;
  familyName?: string | null;
  nickname?: string | null;
  title?: string | null;
  company?: string | null;
  industry?: string | null;
  location?: string | null;
  birthday?: string | null;
  tier?: string | null;
  cadenceDays?: number | null;
  howMet?: string | null;
  metOn?: string | null;
  notes?: string | null;
  /** Archived in the kith that exported it (its CSV's `archived`, a vCard's X-KITH-ARCHIVED). */
  archived?: boolean;
  emails: { value: string; label: string | null }[];
  phones: { value: string; label: string | null }[];
  links: { url: string; label: string | null }[];
  addresses?: PostalAddress[];
  tags: string[];
  topics?: string[];
  offers?: string[];
  needs?: string[];
  /** A vCard's PHOTO, not yet decoded: inline base64 or a link (never fetched). */
  photo?: PhotoSource;
  /** A vCard's yearly dates besides the birthday (ANNIVERSARY, X-ANNIVERSARY, Apple's X-ABDATE), not yet validated. */
  occasions?: OccasionRecord[];
  /** Set when the card's anniversary differs between its two forms (a client edited one of them). */
  anniversaryForms?: AnniversaryForms;
};

/**
 * The anniversary of a card in its two forms, when they differ: ANNIVERSARY or
 * X-ANNIVERSARY (what khard edits), and Apple's X-ABDATE (what an iPhone edits). kith writes
 * both alike on a 3.0 card; the one that is no longer what kith stored is the client's edit.
 */
export type AnniversaryForms = { vcard: string; apple: string };

/** An important yearly date: its label ("anniversary", a card's own label) and YYYY-MM-DD or --MM-DD. */
export type OccasionRecord = { label: string; date: string };

/** Told of each record that cannot be read, so the reader can go on to the next; without it, the reader throws. */
export type OnUnreadable = (line: number, reason: string) => void;

/** `csv`: Google's, Outlook's or kith's own CSV, told apart by the header (`google` reads the same way). */
export type ContactFormat = 'linkedin' | 'google' | 'csv' | 'vcard';

/** A malformed file: the message names the format and the line, details carry the line. */
export function formatError(format: string, line: number, message: string): FormatError {
  return new FormatError(`${format} line ${line}: ${message}`, line);
}

/** Text cut to a readable length: an error message never echoes a 40 KB photo. */
export function clip(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Trimmed text, or null when empty. */
export function text(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Joins the non-empty parts of a name; Chinese, Japanese and Korean names join without spaces. */
export function joinName(...parts: (string | null | undefined)[]): string | null {
  const present = parts.map((part) => part?.trim() ?? '').filter(Boolean);
  return text(present.join(present.every((part) => cjk.test(part)) ? '' : ' '));
}

/**
 * A whole name from its given, middle and family parts: "Marta Nowak", but a Chinese,
 * Japanese or Korean name family name first, as it is written: given 伟, family 王 → 王伟.
 */
export function fullName(
  given: string | null | undefined,
  middle: string | null | undefined,
  family: string | null | undefined,
): string | null {
  const parts = [given, middle, family].map((part) => part?.trim() ?? '').filter(Boolean);
  if (parts.length > 1 && parts.every((part) => cjk.test(part))) return joinName(family, given, middle);
  return joinName(given, middle, family);
}

/** A LinkedIn profile URL is the person's `linkedin` link; other URLs keep their label. */
export function linkLabel(url: string, label: string | null): string | null {
  return /linkedin\.com\/in\//i.test(url) ? 'linkedin' : label;
}
