import { type ContactRecord, formatError, joinName, text } from './contact-record.js';
import { parseCsvRows } from './csv-lines.js';

const FORMAT = 'LinkedIn CSV';
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "15 Mar 2024" → "2024-03-15"; anything else → null. */
export function parseConnectedOn(value: string | undefined): string | null {
  const match = value?.trim().match(/^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/);
  if (!match) return null;
  const month = months.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

/**
 * LinkedIn's Connections.csv, current (a "Notes:" preamble, a URL column) or legacy
 * (no preamble, no URL). The header row is found, not assumed to be at a fixed line.
 */
export function parseLinkedInCsv(input: string): ContactRecord[] {
  const source = input.replace(/^\uFEFF/, '');
  const lines = source.split('\n');
  const headerIndex = lines.findIndex((line) => /^"?First Name"?,/i.test(line.trim()));
  if (headerIndex < 0) throw formatError(FORMAT, 1, 'no header row starting with "First Name" was found');
  const body = lines.slice(headerIndex).join('\n');
  const [header, ...rows] = parseCsvRows(FORMAT, body, headerIndex);
  if (!header) throw formatError(FORMAT, headerIndex + 1, 'the header row is empty');
  const column = (name: string) => header.cells.findIndex((cell) => cell.trim().toLowerCase() === name);
  const at = {
    first: column('first name'),
    last: column('last name'),
    url: column('url'),
    email: column('email address'),
    company: column('company'),
    position: column('position'),
    connectedOn: column('connected on'),
  };
  return rows.map(({ line, cells }) => {
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
  });
}
