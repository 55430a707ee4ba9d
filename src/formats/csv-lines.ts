import { Readable } from 'node:stream';
import { CsvError, type Options, Parser } from 'csv-parse';
import { formatError } from './contact-record.js';
import type { TextChunks } from './text-stream.js';

export type CsvRow = { line: number; cells: string[] };

/** Rows handed on together: the caller validates and writes a batch at a time. */
const BATCH = 500;

/** How many empty lines the parser skipped before a record: its raw text starts with them. */
function leadingBreaks(raw: string): number {
  let count = 0;
  let index = 0;
  while (index < raw.length) {
    const char = raw[index];
    if (char === '\r') index += raw[index + 1] === '\n' ? 2 : 1;
    else if (char === '\n') index += 1;
    else break;
    count += 1;
  }
  return count;
}

/**
 * Parses streamed CSV text into batches of rows, each with the line it starts on
 * (offset by `lineOffset()`, the lines before the text in the file). Records are read
 * by csv-parse as the chunks arrive. An unclosed quote is reported at the line where its
 * record starts, not at the end of the file where the parser noticed it.
 */
export async function* readCsvRows(
  format: string,
  chunks: TextChunks,
  lineOffset: () => number = () => 0,
): AsyncGenerator<CsvRow[]> {
  // The line the last record ended on; the next one starts after the empty lines it skipped.
  let lastEnd = 0;
  const options: Options<CsvRow, { record: string[]; raw: string }> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    raw: true,
    on_record: ({ record, raw }, context) => {
      const row: CsvRow = { line: lastEnd + 1 + leadingBreaks(raw) + lineOffset(), cells: record };
      lastEnd = context.lines;
      return row;
    },
  };
  // With `raw`, csv-parse hands on_record the record and its text; the typings do not say so.
  const parser = new Parser(options as unknown as Options);
  const source = Readable.from(chunks, { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let batch: CsvRow[] = [];
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      batch.push(row);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const csvError = error as CsvError & { raw?: string; lines?: number };
    const start = lastEnd + 1 + leadingBreaks(csvError.raw ?? '');
    const unclosed = csvError.code === 'CSV_QUOTE_NOT_CLOSED';
    const line = unclosed ? start : (csvError.lines ?? start);
    const reason = unclosed
      ? 'a quoted value is never closed'
      : (csvError.message.split(':')[0] ?? 'malformed CSV').toLowerCase();
    throw formatError(format, line + lineOffset(), reason);
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield batch;
}
