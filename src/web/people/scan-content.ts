/**
 * What a scanned QR code holds, read into a person's fields: a vCard, a MeCard, or a
 * profile link (LinkedIn and others, the name guessed from the link's slug), else plain
 * text, which is shown and never saved. Pure: text in, fields out. The server's vCard
 * reader (`src/formats/vcard.ts`) is not reachable from the web, and a QR's card is small
 * and simple, so the few properties a person's form takes are read here.
 */

export type ScannedContact = {
  name: string;
  title: string;
  company: string;
  emails: string[];
  phones: string[];
  links: string[];
  note: string;
};

export type ScanResult =
  | { kind: 'vcard' | 'mecard'; contact: ScannedContact }
  /** A link to someone's profile; `contact.name` is the slug's guess ("" when it has none), to be corrected. */
  | { kind: 'profile'; contact: ScannedContact }
  | { kind: 'text'; text: string };

const emptyContact = (): ScannedContact => ({
  name: '',
  title: '',
  company: '',
  emails: [],
  phones: [],
  links: [],
  note: '',
});

/** Reads a QR code's text. */
export function readScannedText(raw: string): ScanResult {
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (/^BEGIN:VCARD/i.test(text)) {
    const contact = readVcard(text);
    if (hasSomething(contact)) return { kind: 'vcard', contact };
  }
  if (/^MECARD:/i.test(text)) {
    const contact = readMecard(text);
    if (hasSomething(contact)) return { kind: 'mecard', contact };
  }
  const url = profileUrl(text);
  if (url) return { kind: 'profile', contact: { ...emptyContact(), name: nameFromUrl(url), links: [url.href] } };
  return { kind: 'text', text };
}

function hasSomething(contact: ScannedContact): boolean {
  return Boolean(contact.name || contact.emails.length || contact.phones.length || contact.links.length);
}

// vCard (2.1, 3.0, 4.0)

/** `\n`, `\,`, `\;` and `\\` as RFC 6350 escapes them. */
function unescapeVcard(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits at separators not escaped with a backslash. */
function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** The value after the property's name and parameters (a colon inside a quoted parameter does not count). */
function splitProperty(line: string): { name: string; params: string; value: string } | undefined {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      const head = line.slice(0, index);
      const semicolon = head.indexOf(';');
      const fullName = semicolon === -1 ? head : head.slice(0, semicolon);
      // Apple's grouped properties: `item1.URL` is a URL.
      const name = fullName.slice(fullName.lastIndexOf('.') + 1).toUpperCase();
      return { name, params: semicolon === -1 ? '' : head.slice(semicolon + 1), value: line.slice(index + 1) };
    }
  }
  return undefined;
}

/** A QUOTED-PRINTABLE value of a vCard 2.1 (UTF-8 unless it says otherwise, which phones rarely do). */
function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const hex = value.slice(index + 1, index + 3);
    if (value[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(value.charCodeAt(index) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function readVcard(text: string): ScannedContact {
  const contact = emptyContact();
  // Lines folded with a space or tab continue the line before, as do 2.1's quoted-printable soft breaks.
  const unix = text.replace(/\r\n?/g, '\n');
  const lines = (/QUOTED-PRINTABLE/i.test(unix) ? unix.replace(/=\n/g, '') : unix).replace(/\n[ \t]/g, '').split('\n');
  let structuredName = '';
  for (const line of lines) {
    const property = splitProperty(line);
    if (!property) continue;
    const raw = /QUOTED-PRINTABLE/i.test(property.params) ? decodeQuotedPrintable(property.value) : property.value;
    const value = unescapeVcard(raw).trim();
    switch (property.name) {
      case 'FN':
        contact.name ||= value;
        break;
      case 'N': {
        const [family = '', given = '', middle = '', prefix = '', suffix = ''] = splitUnescaped(raw, ';').map((part) =>
          unescapeVcard(part).trim(),
        );
        structuredName = [prefix, given, middle, family, suffix].filter(Boolean).join(' ');
        break;
      }
      case 'ORG':
        contact.company ||= unescapeVcard(splitUnescaped(raw, ';')[0] ?? '').trim();
        break;
      case 'TITLE':
        contact.title ||= value;
        break;
      case 'EMAIL':
        if (value) contact.emails.push(value.replace(/^mailto:/i, ''));
        break;
      case 'TEL':
        if (value) contact.phones.push(value.replace(/^tel:/i, ''));
        break;
      case 'URL':
      case 'X-SOCIALPROFILE':
        if (/^https?:\/\//i.test(value)) contact.links.push(value);
        break;
      case 'NOTE':
        contact.note ||= value;
        break;
    }
  }
  contact.name ||= structuredName;
  return contact;
}

// MeCard: MECARD:N:Lovelace,Ada;TEL:+44…;EMAIL:ada@example.com;;

function readMecard(text: string): ScannedContact {
  const contact = emptyContact();
  for (const field of splitUnescaped(text.replace(/^MECARD:/i, ''), ';')) {
    const colon = field.indexOf(':');
    if (colon === -1) continue;
    const name = field.slice(0, colon).trim().toUpperCase();
    const raw = field.slice(colon + 1);
    const value = raw.replace(/\\(.)/g, '$1').trim();
    if (!value) continue;
    switch (name) {
      case 'N': {
        // "Family,Given" in the MeCard convention; a name without a comma is taken as written.
        const parts = splitUnescaped(raw, ',').map((part) => part.replace(/\\(.)/g, '$1').trim());
        contact.name = parts.length > 1 ? [...parts.slice(1), parts[0]].filter(Boolean).join(' ') : value;
        break;
      }
      case 'TEL':
      case 'TEL-AV':
        contact.phones.push(value);
        break;
      case 'EMAIL':
        contact.emails.push(value);
        break;
      case 'URL':
        contact.links.push(/^https?:\/\//i.test(value) ? value : `https://${value}`);
        break;
      case 'ORG':
        contact.company = value;
        break;
      case 'TITLE':
        contact.title = value;
        break;
      case 'NOTE':
        contact.note = value;
        break;
    }
  }
  return contact;
}

// Profile links

/** An http(s) address, or a bare `linkedin.com/in/…` or `www.…` one; undefined for anything else. */
function profileUrl(text: string): URL | undefined {
  if (/\s/.test(text)) return undefined;
  const candidate = /^https?:\/\//i.test(text)
    ? text
    : /^(www\.|[a-z]{2,3}\.linkedin\.com\/|linkedin\.com\/)/i.test(text)
      ? `https://${text}`
      : '';
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Sites whose profile paths are `/<handle>`, where a handle is not a page of the site. */
const HANDLE_SITES = /(^|\.)(github\.com|x\.com|twitter\.com|instagram\.com|medium\.com|threads\.net|gitlab\.com)$/;

/** The part of a profile link that names the person: LinkedIn's `/in/<slug>`, a `/@handle`, Bluesky's handle, else the last path segment. */
function slugOf(url: URL): { slug: string; isProfile: boolean } {
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  const host = url.hostname.toLowerCase();
  if (/(^|\.)linkedin\.com$/.test(host)) {
    const at = segments.findIndex((segment) => segment === 'in' || segment === 'pub');
    return { slug: at === -1 ? '' : (segments[at + 1] ?? ''), isProfile: at !== -1 };
  }
  if (host === 'bsky.app' && segments[0] === 'profile') {
    return { slug: (segments[1] ?? '').replace(/\.bsky\.social$/, ''), isProfile: true };
  }
  const handle = segments.find((segment) => segment.startsWith('@'));
  if (handle) return { slug: handle.slice(1).split('@')[0] ?? '', isProfile: true };
  if (HANDLE_SITES.test(host) && segments.length === 1) return { slug: segments[0] ?? '', isProfile: true };
  return { slug: segments.at(-1) ?? '', isProfile: false };
}

/**
 * A name guessed from a profile link's slug, for the person to correct: "ada-lovelace-9b1a2c"
 * → "Ada Lovelace" (words with digits are the site's ids). A single word counts on a
 * profile path (`/in/ada`, `/@ada`); elsewhere a page's last segment needs two words
 * (`/speakers/ada-lovelace`), so `/schedule` names no one.
 */
export function nameFromUrl(url: URL): string {
  const { slug, isProfile } = slugOf(url);
  const words = slug
    .replace(/\.(html?|php|aspx?)$/i, '')
    .split(/[-_.+\s]+/)
    .filter((word) => word && /^\p{L}+$/u.test(word));
  if (words.length === 0 || (!isProfile && words.length < 2)) return '';
  return words.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1)).join(' ');
}
