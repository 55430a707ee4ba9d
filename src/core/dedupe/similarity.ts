import { foldText } from '../shared/text.js';

// Reused between calls: dedupe compares millions of pairs, and fresh arrays each time
// would keep the garbage collector busy.
let aBuffer = new Uint8Array(64);
let bBuffer = new Uint8Array(64);

function matchedBuffer(buffer: Uint8Array, length: number): Uint8Array {
  if (buffer.length < length) {
    const grown = new Uint8Array(length * 2);
    if (buffer === aBuffer) aBuffer = grown;
    else bBuffer = grown;
    return grown;
  }
  buffer.fill(0, 0, length);
  return buffer;
}

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = matchedBuffer(aBuffer, a.length);
  const bMatched = matchedBuffer(bBuffer, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const start = Math.max(0, i - window);
    const end = Math.min(i + window + 1, b.length);
    for (let j = start; j < end; j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const soundexCodes: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/**
 * American Soundex of a name ("Robert" and "Rupert" → R163): names that sound alike
 * share it, so it blocks misspellings together. Letters outside a–z are ignored.
 */
export function soundex(name: string): string {
  const letters = foldText(name).replace(/[^a-z]/g, '');
  const first = letters[0];
  if (!first) return '';
  let code = first.toUpperCase();
  let previous = soundexCodes[first] ?? '';
  for (const letter of letters.slice(1)) {
    const digit = soundexCodes[letter] ?? '';
    if (digit && digit !== previous) code += digit;
    // h and w do not separate letters with the same code; vowels do
    if (letter !== 'h' && letter !== 'w') previous = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, '0');
}

/** A name as comparable tokens: folded, punctuation dropped. */
export function nameTokens(name: string | null | undefined): string[] {
  return foldText(name ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
