import { type ContactRecord, formatError, joinName, text } from './contact-record.js';
import { type CsvRow, readCsvRows } from './csv-lines.js';
import type { TextChunks } from './text-stream.js';

const FORMAT = 'LinkedIn CSV';
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "1/8/18, 6:14 PM" (exports of 2018–2019: month/day/year, a time) → "2018-01-08". */
function usDate(value: string): string | null {
  const match = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s.*)?$/);
  if (!match) return null;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = (match[3] ?? '').length === 2 ? `20${match[3]}` : match[3];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "15 Mar 2024" or "1/8/18, 6:14 PM" → "2024-03-15", "2018-01-08"; anything else → null. */
export function parseConnectedOn(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  const match = trimmed.match(/^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/);
  if (!match) return usDate(trimmed);
  const month = months.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

type Columns = Record<'first' | 'last' | 'url' | 'email' | 'company' | 'position' | 'connectedOn', number>;

const headerLine = /^"?First Name"?,/i;

/**
 * The text from the header row on, and the number of lines before it (LinkedIn puts a
 * "Notes:" preamble first). Lines before the header are read and dropped as they arrive.
 */
async function fromHeader(chunks: TextChunks): Promise<{ skipped: number; rest: AsyncIterable<string> }> {
  const iterator = (async function* () {
    yield* chunks;
  })();
  let pending = '';
  let skipped = 0;
  let started = false;
  let done = false;
  const take = async (): Promise<boolean> => {
    const next = await iterator.next();
    if (next.done) return false;
    pending += next.value;
    if (!started && pending.length > 0) {
      started = true;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    }
    return true;
  };
  for (;;) {
    const end = pending.indexOf('\n');
    if (end < 0) {
      if (done) break;
      done = !(await take());
      continue;
    }
    if (headerLine.test(pending.slice(0, end).trim())) break;
    pending = pending.slice(end + 1);
    skipped += 1;
  }
  if (!headerLine.test((pending.split('\n')[0] ?? '').trim())) {
    throw formatError(FORMAT, 1, 'no header row starting with "First Name" was found');
  }
  const first = pending;
  const rest = (async function* () {
    yield first;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  return { skipped, rest };
}

function toRecord({ line, cells }: CsvRow, at: Columns): ContactRecord {
  const cell = (index: number) => (index >= 0 ? text(cells[index]) : null);
  const url = cell(at.url);
  const email = cell(at.email);
  return {
    line,
    displayName: joinName(cell(at.first), cell(at.last)),
    givenName: cell(at.first),
    familyName: cell(at.last),
    company: cell(at.company),
    title: cell(at.position),
    metOn: parseConnectedOn(cells[at.connectedOn]),
    emails: email ? [{ value: email, label: null }] : [],
    phones: [],
    links: url ? [{ url, label: 'linkedin' }] : [],
    tags: [],
  };
}

/**
 * The columns only LinkedIn's Connections.csv has (besides the names every contacts CSV
 * has): a header with none of them is another export's, as a Google Contacts CSV, whose
 * header also starts "First Name", read as LinkedIn it gave bare names.
 */
const linkedInColumns = ['Email Address', 'Company', 'Position', 'Connected On', 'URL'];

/** Why a header is not LinkedIn's: the columns it lacks, and the format it looks like. */
function notLinkedIn(header: readonly string[]): string {
  const named = linkedInColumns.map((name) => `"${name}"`).join(', ');
  const google = header.some((cell) => /^(organization name|e-mail 1 - value)$/i.test(cell.trim()));
  return `this is not a LinkedIn Connections export: its header has none of the columns ${named}${
    google ? ' (it looks like a Google Contacts CSV: import it as Google)' : ''
  }`;
}

/**
 * LinkedIn's Connections.csv, current (a "Notes:" preamble, a URL column) or legacy
 * (no preamble, no URL), read as it streams in. The header row is found, not assumed to
 * be at a fixed line.
 */
export async function* readLinkedInCsv(chunks: TextChunks): AsyncGenerator<ContactRecord[]> {
  const { skipped, rest } = await fromHeader(chunks);
  let at: Columns | undefined;
  for await (const rows of readCsvRows(FORMAT, rest, () => skipped)) {
    let body = rows;
    if (!at) {
      const [header, ...others] = rows;
      if (!header) continue;
      const column = (name: string) => header.cells.findIndex((cell) => cell.trim().toLowerCase() === name);
      if (linkedInColumns.every((name) => column(name.toLowerCase()) < 0)) {
        throw formatError(FORMAT, header.line, notLinkedIn(header.cells));
      }
      at = {
        first: column('first name'),
        last: column('last name'),
        url: column('url'),
        email: column('email address'),
        company: column('company'),
        position: column('position'),
        connectedOn: column('connected on'),
      };
      body = others;
    }
    const columns = at;
    if (body.length > 0) yield body.map((row) => toRecord(row, columns));
  }
}
