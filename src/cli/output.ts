import pc from 'picocolors';
import { yearlyDateWords } from '../core/shared/dates.js';
import { cliIo } from './io.js';

export function printJson(value: unknown): void {
  cliIo().stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** picocolors' choice for the process, or none for a run told NO_COLOR (an in-process run's own environment). */
const colors = () => (cliIo().env.NO_COLOR === undefined ? pc : pc.createColors(false));

export type Column<T> = { header: string; value: (row: T) => string | number | null | undefined; max?: number };

/** East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, emoji) take two columns of a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
/** Combining marks (an accent typed after its letter) and zero-width characters take none. */
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** How many terminal columns text takes: 王伟 four, not two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

function clip(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let kept = '';
  let width = 0;
  for (const char of text) {
    const next = displayWidth(char);
    if (width + next > max - 1) break;
    kept += char;
    width += next;
  }
  return `${kept}…`;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The terminal's width: the TTY's own, or COLUMNS for output sent elsewhere; none (no limit) otherwise. */
function terminalColumns(): number | undefined {
  const { stdout, env } = cliIo();
  const columns = stdout.isTTY ? stdout.columns : Number(env.COLUMNS);
  return columns && Number.isFinite(columns) && columns > 0 ? columns : undefined;
}

/** A narrowed column keeps at least this many characters (and its header). */
const NARROWEST = 12;

/**
 * Which columns to show and how wide, to fit the terminal: the widest column after the
 * first two and the NAME (an id and a name, what a row is) gives up a character at a time down to
 * NARROWEST, and when that is not enough the last column goes; the first two are cut only
 * when they are all that is left. An ID column is never cut, as it is there to be copied
 * into the next command.
 */
function fitColumns(
  natural: readonly number[],
  columns: readonly Column<unknown>[],
  limit: number | undefined,
): { shown: number[]; widths: number[] } {
  const shown = natural.map((_, index) => index);
  if (limit === undefined) return { shown, widths: [...natural] };
  for (;;) {
    const widths = shown.map((index) => natural[index] ?? 0);
    const total = () => widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1);
    while (total() > limit) {
      let widest = -1;
      widths.forEach((width, at) => {
        const column = columns[shown[at] ?? 0];
        if ((at < 2 || column?.header === 'NAME') && shown.length > 2) return;
        if (column?.header === 'ID' || width <= Math.max(NARROWEST, column?.header.length ?? 0)) return;
        if (widest === -1 || width > (widths[widest] ?? 0)) widest = at;
      });
      if (widest === -1) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
    if (total() <= limit || shown.length <= 2) return { shown, widths };
    shown.pop();
  }
}

/** A plain, aligned table; long cells are clipped so a row stays on one line, within the terminal's width. */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[], empty = 'Nothing to show.'): void {
  if (rows.length === 0) {
    cliIo().stdout.write(`${empty}\n`);
    return;
  }
  const cells = rows.map((row) => columns.map((column) => clip(String(column.value(row) ?? ''), column.max ?? 40)));
  const natural = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[index] ?? ''))),
  );
  const { shown, widths } = fitColumns(natural, columns as readonly Column<unknown>[], terminalColumns());
  const line = (values: readonly string[]) =>
    shown
      .map((index, at) => pad(clip(values[index] ?? '', widths[at] ?? 0), widths[at] ?? 0))
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

/** The day of a stored moment (2026-12-06T06:44:21.476Z) as words, "December 6, 2026": a record's, not a schedule's, so UTC's day. */
export function dayWords(instant: string | null | undefined): string | null {
  return instant ? yearlyDateWords(instant.slice(0, 10)) : null;
}
