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
