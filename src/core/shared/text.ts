const nonAscii = /[\u0080-\uffff]/;

/** Lowercase and strip diacritics, so "José" and "jose" compare equal. */
export function foldText(text: string): string {
  // Most names and keys are plain ASCII, where normalizing changes nothing and the only
  // diacritics are ^ and `: imports and dedupe fold hundreds of thousands of strings.
  if (!nonAscii.test(text)) return text.replace(/[\^`]/g, '').toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Search terms from a user's query: folded, split on anything not a letter, digit or mark
 * (the vowel signs of Indic scripts are marks inside a word: "हिन्दी" is one term).
 */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{M}\p{N}@.+]+/u)
    .map((term) => term.replace(/^[.@+]+|[.@+]+$/g, ''))
    .filter((term) => term.length > 0);
}

/**
 * "1 person", "3 people": a count with the noun that fits it. One helper for the command
 * line's words and the use cases' (the daily list's "every 1 day", a refusal's "at most 2 entries").
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
