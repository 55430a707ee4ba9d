import { formatError } from './contact-record.js';
import { readCsvRows } from './csv-lines.js';
import { collect, textChunks } from './text-stream.js';

/** A row of an attendee or speaker list, as the file gives it. */
export type AttendeeRecord = {
  line: number;
  name: string;
  company: string | null;
  title: string | null;
  email: string | null;
  profileUrl: string | null;
};

const FORMAT = 'attendee CSV';

/** The headers conference tools export, folded: Eventbrite, Hopin, Luma, Sessionize, a spreadsheet. */
const HEADERS: Record<Exclude<keyof AttendeeRecord, 'line'> | 'first' | 'last', readonly string[]> = {
  name: ['name', 'full name', 'attendee', 'attendee name', 'speaker', 'speaker name'],
  first: ['first name', 'given name', 'firstname'],
  last: ['last name', 'family name', 'surname', 'lastname'],
  company: ['company', 'organization', 'organisation', 'employer', 'affiliation', 'company name'],
  title: ['title', 'job title', 'position', 'role', 'tagline'],
  email: ['email', 'e-mail', 'email address', 'e-mail address'],
  profileUrl: ['profile url', 'profile', 'url', 'linkedin', 'linkedin url', 'website', 'link'],
};

function fold(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
}

/**
 * Reads an attendee or speaker list: a header row naming at least a name column (or first
 * and last name), then one row per person. A row without a name, a malformed quote, or a
 * file without a name column is an error naming its line: the list is read whole or not at all.
 */
export async function parseAttendeesCsv(text: string): Promise<AttendeeRecord[]> {
  const rows = (await collect(readCsvRows(FORMAT, textChunks(text)))).filter((row) =>
    row.cells.some((cell) => cell.trim() !== ''),
  );
  const [header, ...body] = rows;
  if (!header) throw formatError(FORMAT, 1, 'the file is empty: expected a header row with a name column');
  const headers = header.cells.map(fold);
  const column = (field: keyof typeof HEADERS) => headers.findIndex((cell) => HEADERS[field].includes(cell));
  const at = {
    name: column('name'),
    first: column('first'),
    last: column('last'),
    company: column('company'),
    title: column('title'),
    email: column('email'),
    profileUrl: column('profileUrl'),
  };
  if (at.name < 0 && at.first < 0 && at.last < 0) {
    throw formatError(FORMAT, header.line, 'no name column (expected name, or first name and last name)');
  }
  return body.map(({ line, cells }) => {
    const cell = (index: number) => (index >= 0 ? cells[index]?.trim() || null : null);
    const name = cell(at.name) ?? [cell(at.first), cell(at.last)].filter(Boolean).join(' ');
    if (!name) throw formatError(FORMAT, line, 'the row has no name');
    if (name.length > 200) throw formatError(FORMAT, line, 'the name is longer than 200 characters');
    const email = cell(at.email);
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw formatError(FORMAT, line, `“${email.slice(0, 100)}” is not an email address`);
    }
    const profileUrl = cell(at.profileUrl);
    return {
      line,
      name,
      company: cell(at.company)?.slice(0, 200) ?? null,
      title: cell(at.title)?.slice(0, 300) ?? null,
      email: email?.toLowerCase() ?? null,
      profileUrl: profileUrl?.slice(0, 2000) ?? null,
    };
  });
}
