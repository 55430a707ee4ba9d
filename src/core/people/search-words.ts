import { searchTerms } from '../shared/text.js';

/**
 * Every suffix of every word ("starbucks" → "starbucks tarbucks … s"), so a word-prefix
 * match on them is a substring match on the words ("buck" finds Starbucks) through the
 * word index (FTS5 unicode61, PostgreSQL's tsvector). Used for the company: a company
 * is shared by hundreds of people, which made a trigram index on it slow to read (each
 * trigram listed them all).
 */
export function wordSuffixes(folded: string): string {
  return suffixesOf(folded).join(' ');
}

function suffixesOf(folded: string): string[] {
  const suffixes: string[] = [];
  for (const word of indexWords(folded)) {
    for (let start = 0; start < word.length; start++) suffixes.push(word.slice(start));
  }
  return suffixes;
}

/**
 * The words of folded text as both word indexes split it (FTS5 unicode61 with marks as
 * word characters, PostgreSQL's tsvector over text with punctuation made spaces): runs of
 * letters, marks and digits, so a word with vowel signs ("हिनदी") stays one word.
 */
export function indexWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** The longest start of a name word kept in person_name_start; longer terms use the name trigrams. */
export const NAME_START_AT_MOST = 4;

/**
 * The distinct starts (first one to NAME_START_AT_MOST characters) of the words of a
 * person's folded name text, words as search reads them: separated by spaces, so
 * "o'keefe" starts "o", "o'", "o'k", "o'ke".
 */
export function nameStarts(nameText: string): string[] {
  const starts = new Set<string>();
  for (const word of nameText.split(' ')) {
    // Each start is one more character (code point) of the word: an import computes
    // eight of these per person twice, and cutting the word into an array of its
    // characters first was a tenth of its main thread's own JavaScript.
    let end = 0;
    for (let length = 1; length <= NAME_START_AT_MOST && end < word.length; length++) {
      end += unitsAt(word, end);
      starts.add(word.slice(0, end));
    }
  }
  return [...starts];
}

/**
 * Search terms shorter than this are found in a name only where a word of it starts
 * ("ma" finds Mark and Zoe Marsh, not Omar), so the word index can answer them (ADR 0040).
 */
export const SHORT_TERM_BELOW = 3;

/**
 * Search terms for finding people: `searchTerms`, where a word of the query cut by
 * punctuation keeps only its parts of SHORT_TERM_BELOW characters or more, if it has any
 * ("mary-jo" → mary, "wisozk-o'reilly" → wisozk reilly, "o'reilly" → reilly; "s&op" stays s op). A
 * shorter term is found in a name only where a word of it starts, and a name's words are
 * split at spaces, so "jo" starts no word of Mary-Jo's name and she was not found by it.
 */
export function peopleSearchTerms(query: string): string[] {
  return query.split(/\s+/).flatMap((word) => {
    const parts = searchTerms(word);
    const long = parts.filter((part) => Array.from(part).length >= SHORT_TERM_BELOW);
    return long.length > 0 ? long : parts;
  });
}

/**
 * A private-use character the word index keeps as part of a word: "\uE000ma" in a
 * person's word index text says a word of their name starts "ma". No word of the text
 * starts with it, so give first and tag filters, which ask for words, never meet these.
 */
export const NAME_START_MARK = '\uE000';

/**
 * The one- and two-character starts of the words of a person's folded name text (of
 * nameStarts, those of letters and digits only: a short term has no punctuation), each
 * marked as a name start, for the word index: a short term is then one exact word there
 * ("\uE000ma"), whether it starts a name word or (as "ma"*) any other word.
 */
function nameStartMarks(nameText: string): string[] {
  return nameStarts(nameText)
    .filter((start) => Array.from(start).length < SHORT_TERM_BELOW && /^[\p{L}\p{M}\p{N}]+$/u.test(start))
    .map((start) => NAME_START_MARK + start);
}

/**
 * The words of a person's word index text (the rest of their fields, the company's word
 * suffixes and the marked starts of their name's words), in order, each between spaces:
 * " senior analyst ada example com … \uE000ad ". Kept on the person's row, so search can
 * check a person read in name order as the word index would answer: a term's last word is
 * there after a space, its other words between spaces (ADR 0043).
 */
export function scanWords(document: { nameText: string; companyText: string; bodyText: string }): string {
  // Each part is split into words once: the company's suffixes are words already.
  const words = [
    ...indexWords(document.bodyText),
    ...suffixesOf(document.companyText),
    ...nameStartMarks(document.nameText),
  ];
  return ` ${words.join(' ')} `;
}

/**
 * A second private-use character, marking a suffix of a name word in the word index
 * ("\uE001son" in the text of Ada Watson). No word, and no name start (NAME_START_MARK),
 * starts with it.
 */
export const NAME_SUFFIX_MARK = '\uE001';

/**
 * The suffixes of at least SHORT_TERM_BELOW characters (UTF-16 units, as terms are
 * measured) of the words of a person's folded name text, each marked (NAME_SUFFIX_MARK),
 * for the word index alone: a term of three characters or more and no punctuation is
 * inside the name exactly when a marked suffix starts with it ("wats" → "\uE001wats"*),
 * so search's last tier is one question to the word index (ADR 0049). Not on the row:
 * the name is there whole (search_name).
 */
export function nameSuffixMarks(nameText: string): string {
  const marks = new Set<string>();
  for (const word of indexWords(nameText)) {
    for (let start = 0; word.length - start >= SHORT_TERM_BELOW; ) {
      marks.add(NAME_SUFFIX_MARK + word.slice(start));
      start += unitsAt(word, start);
    }
  }
  return [...marks].join(' ');
}

/**
 * A third private-use character, marking a word of the name other than the first word of
 * the sort name ("\uE002lovelace" in the text of Ada Lovelace): the people with a name word
 * starting "lov" are those whose sort name starts with it, one range of the name index, and
 * those with `"\uE002lov"*` in the word index, so search's first tier needs no row per
 * start of a word (ADR 0059). A word with punctuation inside is marked by its first run of
 * letters and digits ("o'keefe" → "\uE002o"), of which any start of the word's has its own first run as a start.
 */
export const LATER_WORD_MARK = '\uE002';

/**
 * The marks of a person's name for the word index alone: the marked suffixes of its words
 * (nameSuffixMarks) and the marked words other than the sort name's first word.
 */
export function nameMarks(nameText: string, sortName: string): string {
  const firstWord = sortName.split(/\s+/)[0];
  const later = new Set<string>();
  for (const word of nameText.split(' ')) {
    const run = indexWords(word)[0];
    if (word !== firstWord && run !== undefined) later.add(LATER_WORD_MARK + run);
  }
  return [nameSuffixMarks(nameText), ...later].filter(Boolean).join(' ');
}

/** The word index text of a person: their search words (scanWords), then their name's marks (nameMarks). */
export function wordIndexText(searchWords: string, nameMarks: string): string {
  return `${searchWords}${nameMarks}`;
}

/** The UTF-16 units of the character at `index` of `text`: two beyond the BMP (an emoji), else one. */
function unitsAt(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}
