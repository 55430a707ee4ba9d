import pc from 'picocolors';
import { monthDayWords } from '../core/keep-in-touch/today-picks.js';
import { cliIo } from './io.js';

export function printJson(value: unknown): void {
  cliIo().stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** picocolors' choice for the process, or none for a run told NO_COLOR (an in-process run's own environment). */
const colors = () => (cliIo().env.NO_COLOR === undefined ? pc : pc.createColors(false));

export type Column<T> = { header: string; value: (row: T) => string | number | null | undefined; max?: number };

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A plain, aligned table; long cells are clipped so a row stays on one line. */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[], empty = 'Nothing to show.'): void {
  if (rows.length === 0) {
    cliIo().stdout.write(`${empty}\n`);
    return;
  }
  const cells = rows.map((row) => columns.map((column) => clip(String(column.value(row) ?? ''), column.max ?? 40)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  cliIo().stdout.write(`${colors().bold(line(columns.map((column) => column.header)))}\n`);
  for (const row of cells) cliIo().stdout.write(`${line(row)}\n`);
}

/** "Label: value" lines for one record, skipping empty values. */
export function printFields(fields: readonly [string, string | number | null | undefined][]): void {
  const width = Math.max(...fields.map(([label]) => label.length));
  for (const [label, value] of fields) {
    if (value === null || value === undefined || value === '') continue;
    // A value's later lines (notes) start under its first, not at the label's column.
    const text = String(value).replace(/\n/g, `\n${' '.repeat(width + 2)}`);
    cliIo().stdout.write(`${colors().dim(`${label}:`.padEnd(width + 2))}${text}\n`);
  }
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A kind or status as words, as the web shows it: "trade_association" → "trade association". */
export function words(value: string): string {
  return value.replaceAll('_', ' ');
}

/** A yearly date as words: "--05-20" (no year) → "May 20", "1981-09-14" → "September 14, 1981". */
export function yearlyDateWords(date: string): string {
  const day = monthDayWords(`2000-${date.slice(-5)}`);
  return date.startsWith('--') ? day : `${day}, ${date.slice(0, 4)}`;
}

/** "1 person", "3 people": a count with the noun that fits it. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
