/**
 * Every suffix of every word ("starbucks" → "starbucks tarbucks … s"), so a word-prefix
 * match on them is a substring match on the words ("buck" finds Starbucks) through the
 * word index (FTS5 unicode61, PostgreSQL's tsvector). Used for the company: a company
 * is shared by hundreds of people, which made a trigram index on it slow to read (each
 * trigram listed them all).
 */
export function wordSuffixes(folded: string): string {
  const suffixes: string[] = [];
  for (const word of indexWords(folded)) {
    for (let start = 0; start < word.length; start++) suffixes.push(word.slice(start));
  }
  return suffixes.join(' ');
}

/**
 * The words of folded text as both word indexes split it (FTS5 unicode61 with marks as
 * word characters, PostgreSQL's tsvector over text with punctuation made spaces): runs of
 * letters, marks and digits, so a word with vowel signs ("हिनदी") stays one word.
 */
export function indexWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}
