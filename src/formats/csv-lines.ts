import { Readable } from 'node:stream';
import { CsvError, type Options, Parser } from 'csv-parse';
import { formatError } from './contact-record.js';
import type { TextChunks } from './text-stream.js';

export type CsvRow = { line: number; cells: string[] };

/** Rows handed on together: the caller validates and writes a batch at a time. */
const BATCH = 500;

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
  // A record starts on the line after the one the last record ended on, past the empty
  // lines skipped since (csv-parse counts both as it goes).
  let lastEnd = 0;
  let lastEmpty = 0;
  const startLine = (empty: number) => lastEnd + 1 + (empty - lastEmpty) + lineOffset();
  const options: Options<CsvRow, string[]> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record, context) => {
      const row: CsvRow = { line: startLine(context.empty_lines), cells: record };
      lastEnd = context.lines;
      lastEmpty = context.empty_lines;
      return row;
    },
  };
  // on_record turns records into rows; the typings of the stream parser take only the default.
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
    const csvError = error as CsvError & { empty_lines?: number; lines?: number };
    const start = startLine(csvError.empty_lines ?? lastEmpty);
    const unclosed = csvError.code === 'CSV_QUOTE_NOT_CLOSED';
    const line = unclosed || csvError.lines === undefined ? start : csvError.lines + lineOffset();
    const reason = unclosed
      ? 'a quoted value is never closed'
      : (csvError.message.split(':')[0] ?? 'malformed CSV').toLowerCase();
    throw formatError(format, line, reason);
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield batch;
}
