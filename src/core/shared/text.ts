/** Lowercase and strip diacritics, so "José" and "jose" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Search terms from a user's query: folded, split on anything not a letter or digit. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}@.+]+/u)
    .map((term) => term.replace(/^[.@+]+|[.@+]+$/g, ''))
    .filter((term) => term.length > 0);
}
