import { type ContactRecord, formatError } from './contact-record.js';
import { type CsvRow, readCsvRows } from './csv-lines.js';
import { googleColumns, googleRecord } from './google-csv.js';
import { isOutlookHeader, outlookRecord } from './outlook-csv.js';
import { isKithHeader, kithCsvRecord } from './people-csv.js';
import type { TextChunks } from './text-stream.js';

const FORMAT = 'CSV';

/** Which exporter wrote a header row, and how to read its rows. */
function rowReader(header: CsvRow): (row: CsvRow) => ContactRecord {
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map(names.map((name, position) => [name, position]));
  if (isKithHeader(names)) return (row) => kithCsvRecord(row, index);
  if (isOutlookHeader(names)) return (row) => outlookRecord(row, index);
  const columns = googleColumns(header);
  return (row) => googleRecord(row, columns);
}

/**
 * A contacts CSV read as it streams in: Google Contacts (current or legacy header),
 * Outlook's export, or kith's own CSV export, told apart by the header row, so an Outlook
 * file is never read as a Google one that happens to share a few column names.
 */
export async function* readContactsCsv(chunks: TextChunks): AsyncGenerator<ContactRecord[]> {
  let read: ((row: CsvRow) => ContactRecord) | undefined;
  for await (const rows of readCsvRows(FORMAT, chunks)) {
    let body = rows;
    if (!read) {
      const [header, ...others] = rows;
      if (!header) continue;
      read = rowReader(header);
      body = others;
    }
    const reader = read;
    if (body.length > 0) yield body.map(reader);
  }
  if (!read) throw formatError(FORMAT, 1, 'the file is empty');
}
