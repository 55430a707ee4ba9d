/**
 * vCard 2.1 and exporters' quirks, rewritten into the 3.0 that ical.js reads: Outlook's
 * and older Android's bare parameters (`TEL;WORK;VOICE`, `PHOTO;BASE64`),
 * QUOTED-PRINTABLE values with soft line breaks and a CHARSET, and blank lines (CR CR LF
 * files). A line that needs none of this is passed through unchanged.
 */

const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);

/** The first `:` outside a double-quoted parameter value, or -1. */
function headEnd(line: string): number {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return index;
  }
  return -1;
}

function isQuotedPrintable(line: string): boolean {
  const end = headEnd(line);
  return end > 0 && /;(?:encoding=)?quoted-printable(?:;|$)/i.test(line.slice(0, end));
}

/** A logical line as its physical pieces, and whether it is QUOTED-PRINTABLE once its head is known. */
type Logical = { pieces: string[]; quotedPrintable: boolean | undefined };

function endsInSoftBreak(line: Logical): boolean {
  if (!(line.pieces.findLast((piece) => piece !== '') ?? '').endsWith('=')) return false;
  if (line.quotedPrintable === undefined) {
    const text = line.pieces.join('');
    if (headEnd(text) < 0) return false;
    line.quotedPrintable = isQuotedPrintable(text);
  }
  return line.quotedPrintable;
}

/**
 * Logical lines: folded lines joined (a line starting with a space or tab continues the
 * one before), a QUOTED-PRINTABLE value ending in `=` joined to the next line (its soft
 * line break), blank lines dropped. Pieces are joined once at the end: a growing string
 * read after each piece was copied whole each time, so a 10 MiB photo took minutes.
 */
export function unfoldLines(lines: readonly string[]): string[] {
  const out: Logical[] = [];
  let softBreak = false;
  for (const line of lines) {
    const last = out.at(-1);
    if (softBreak && last) {
      while (last.pieces.at(-1) === '') last.pieces.pop();
      last.pieces[last.pieces.length - 1] = (last.pieces.at(-1) ?? '').slice(0, -1);
      last.pieces.push(line);
    } else if (/^[ \t]/.test(line) && last) {
      last.pieces.push(line.slice(1));
    } else if (line.trim() === '') {
      continue;
    } else {
      out.push({ pieces: [line], quotedPrintable: undefined });
    }
    const current = out.at(-1);
    softBreak = current !== undefined && endsInSoftBreak(current);
  }
  return out.map((line) => line.pieces.join(''));
}

/** QUOTED-PRINTABLE bytes decoded in their charset (UTF-8 when unknown). */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] ?? '';
    const hex = value.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...encoder.encode(char));
    }
  }
  const decoded = new Uint8Array(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(decoded);
  } catch {
    // An unknown CHARSET label: most such files are UTF-8 anyway.
    return new TextDecoder('utf-8').decode(decoded);
  }
}

/** One logical line rewritten as 3.0, or unchanged when it needs nothing. */
export function normaliseLine(line: string): string {
  if (/^VERSION:2\.1\s*$/i.test(line)) return 'VERSION:3.0';
  const end = headEnd(line);
  if (end < 0) return line;
  const [name = '', ...parameters] = line.slice(0, end).split(';');
  const bare = parameters.some((parameter) => !parameter.includes('='));
  const legacy = parameters.some((parameter) => /^(?:encoding=quoted-printable|charset=)/i.test(parameter));
  if (!bare && !legacy) return line;
  const types: string[] = [];
  const kept: string[] = [];
  let encoding: string | undefined;
  let charset: string | undefined;
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    const key = equals < 0 ? '' : parameter.slice(0, equals).toLowerCase();
    const value = equals < 0 ? parameter : parameter.slice(equals + 1);
    if (equals < 0 && ENCODINGS.has(value.toLowerCase())) encoding = value.toLowerCase();
    else if (equals < 0 || key === 'type') types.push(value);
    else if (key === 'encoding') encoding = value.toLowerCase();
    else if (key === 'charset') charset = value;
    else kept.push(parameter);
  }
  let value = line.slice(end + 1);
  if (encoding === 'quoted-printable') {
    value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n');
  } else if (encoding === 'base64' || encoding === 'b') {
    kept.push('ENCODING=b');
    value = value.replace(/\s+/g, '');
  }
  if (types.length > 0) kept.push(`TYPE=${types.join(',')}`);
  return `${[name, ...kept].join(';')}:${value}`;
}

/** A card's lines as ical.js can read them. */
export function normaliseCard(lines: readonly string[]): string {
  return unfoldLines(lines).map(normaliseLine).join('\r\n');
}
