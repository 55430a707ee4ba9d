import { foldText } from '../shared/text.js';

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal). */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerAtLeast(a, b, 0);
}

/**
 * Jaro-Winkler of two strings when it is at least `floor`, else 0. Most pairs dedupe
 * looks at are strangers, and a score can reach the floor only with enough matching
 * characters: matching stops as soon as the characters left could not make up that many.
 */
export function jaroWinklerAtLeast(a: string, b: string, floor: number): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const prefix = commonPrefix(a, b);
  const needed = matchesNeeded(a.length, b.length, prefix, floor);
  if (needed > Math.min(a.length, b.length)) return 0;
  const jaro = a.length <= 31 && b.length <= 31 ? shortJaro(a, b, needed) : longJaro(a, b, needed);
  const score = jaro + prefix * 0.1 * (1 - jaro);
  return score >= floor ? score : 0;
}

/** How many leading characters (at most 4) two strings share: Winkler's bonus. */
function commonPrefix(a: string, b: string): number {
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix += 1;
  }
  return prefix;
}

/**
 * The fewest matching characters with which two strings of these lengths could score
 * `floor`: with m matches Jaro is at most (m/|a| + m/|b| + 1)/3 (no transpositions), and
 * the prefix bonus only raises it to jaro + prefix·0.1·(1 − jaro). Lowered by a hair so
 * that float rounding never stops a pair scoring exactly the floor.
 */
function matchesNeeded(aLength: number, bLength: number, prefix: number, floor: number): number {
  const bonus = prefix * 0.1;
  const jaro = (floor - bonus) / (1 - bonus);
  return Math.ceil((3 * jaro - 1) / (1 / aLength + 1 / bLength) - 1e-9);
}

/**
 * Names fit in 31 characters: which characters matched is kept in the bits of two
 * integers, so the millions of comparisons in a dedupe allocate and clear nothing.
 * Returns 0 once fewer than `needed` matches are possible.
 */
function shortJaro(a: string, b: string, needed: number): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let aMatched = 0;
  let bMatched = 0;
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const code = a.charCodeAt(i);
    const end = Math.min(i + window + 1, b.length);
    for (let j = Math.max(0, i - window); j < end; j += 1) {
      if (bMatched & (1 << j) || code !== b.charCodeAt(j)) continue;
      aMatched |= 1 << i;
      bMatched |= 1 << j;
      matches += 1;
      break;
    }
    if (matches + a.length - 1 - i < needed) return 0;
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!(aMatched & (1 << i))) continue;
    while (!(bMatched & (1 << k))) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
}

function longJaro(a: string, b: string, needed: number): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const end = Math.min(i + window + 1, b.length);
    for (let j = Math.max(0, i - window); j < end; j += 1) {
      if (bMatched[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches += 1;
      break;
    }
    if (matches + a.length - 1 - i < needed) return 0;
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
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
