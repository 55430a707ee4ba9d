import { parse } from 'csv-parse/sync';
import { formatError } from './contact-record.js';

export type CsvRow = { line: number; cells: string[] };

type CsvParseError = Error & { code?: string; lines?: number };

/**
 * Parses CSV text into rows, each with the line it starts on (offset by the lines
 * before `text` in the file). An unclosed quote is reported at the line where its
 * record starts, not at the end of the file where the parser noticed it.
 */
export function parseCsvRows(format: string, text: string, lineOffset = 0): CsvRow[] {
  const blank = blankLines(text);
  const firstLineAfter = (line: number) => {
    let next = line + 1;
    while (blank.has(next)) next += 1;
    return next;
  };
  const rows: CsvRow[] = [];
  let lastEnd = 0;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        rows.push({ line: firstLineAfter(lastEnd) + lineOffset, cells: record });
        lastEnd = context.lines;
        return null;
      },
    });
  } catch (error) {
    const csvError = error as CsvParseError;
    const start = firstLineAfter(lastEnd);
    const unclosed = csvError.code === 'CSV_QUOTE_NOT_CLOSED';
    const line = unclosed ? start : (csvError.lines ?? start);
    const reason = unclosed
      ? 'a quoted value is never closed'
      : (csvError.message.split(':')[0] ?? 'malformed CSV').toLowerCase();
    throw formatError(format, line + lineOffset, reason);
  }
  return rows;
}

/** Numbers (1-based) of the lines that hold only whitespace. */
function blankLines(text: string): Set<number> {
  const blank = new Set<number>();
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (text.slice(start, stop).trim() === '') blank.add(line);
    if (end < 0) break;
    start = end + 1;
    line += 1;
  }
  return blank;
}
