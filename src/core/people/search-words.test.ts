import { expect, it } from 'vitest';
import {
  LATER_WORD_MARK,
  NAME_START_AT_MOST,
  nameMarks,
  nameStarts,
  nameSuffixMarks,
  wordSuffixes,
} from './search-words.js';

it('lists every suffix of every word, so a substring is a prefix of one of them', () => {
  expect(wordSuffixes('star-bucks co')).toBe('star tar ar r bucks ucks cks ks s co o');
  expect(wordSuffixes('')).toBe('');
  expect(wordSuffixes('nestlé')).toBe('nestlé estlé stlé tlé lé é');
});

it('starts each word of a name with its first one to four characters, a character outside the BMP as one', () => {
  expect(nameStarts("ada o'keefe")).toEqual(['a', 'ad', 'ada', 'o', "o'", "o'k", "o'ke"]);
  expect(nameStarts('jo jo')).toEqual(['j', 'jo']);
  expect(nameStarts('𝒜da 😀😀x')).toEqual(['𝒜', '𝒜d', '𝒜da', '😀', '😀😀', '😀😀x']);
  expect(nameStarts('')).toEqual([]);
  // The same starts as cutting each word into its characters (code points), on many names.
  const byCharacters = (text: string) => [
    ...new Set(
      text.split(' ').flatMap((word) => {
        const characters = Array.from(word);
        return characters.slice(0, NAME_START_AT_MOST).map((_, index) => characters.slice(0, index + 1).join(''));
      }),
    ),
  ];
  const samples = ['josé álvarez', 'wiśniewski al-sayed', 'हिनदी नाम', '李 小龙', 'a  b', ' x', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 z'];
  for (const text of samples) expect(nameStarts(text)).toEqual(byCharacters(text));
});

it("marks the name words' suffixes of three characters or more, so a longer term inside a name starts one", () => {
  const marked = (text: string) =>
    nameSuffixMarks(text)
      .split(' ')
      .filter(Boolean)
      .map((mark) => mark.slice(1));
  expect(nameSuffixMarks("ada o'keefe").startsWith('\uE001')).toBe(true);
  expect(marked("ada o'keefe")).toEqual(['ada', 'keefe', 'eefe', 'efe']);
  expect(marked('jo watson watson')).toEqual(['watson', 'atson', 'tson', 'son']);
  expect(marked('𝒜𝒜da')).toEqual(['𝒜𝒜da', '𝒜da']);
  expect(marked('')).toEqual([]);
  // A term of three characters or more without punctuation is inside the name exactly when
  // a marked suffix starts with it.
  const names = ['josé álvarez', 'wiśniewski al-sayed', 'हिनदी नाम', "d'angelo o'keefe", 'ann-marie', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 z'];
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      const characters = Array.from(word);
      for (let start = 0; start < characters.length; start++) {
        for (let end = start + 1; end <= characters.length; end++) {
          const term = characters.slice(start, end).join('');
          if (term.length < 3) continue;
          expect(marked(name).some((suffix) => suffix.startsWith(term))).toBe(name.includes(term));
        }
      }
    }
    for (const term of ['xyz', 'sé á', 'ann-m', 'zzz']) {
      if (/^[\p{L}\p{M}\p{N}]+$/u.test(term)) {
        expect(marked(name).some((suffix) => suffix.startsWith(term))).toBe(name.includes(term));
      }
    }
  }
});

it("marks the name's words other than the sort name's first, each by its first run of letters and digits", () => {
  const later = (nameText: string, sortName: string) =>
    nameMarks(nameText, sortName)
      .split(' ')
      .filter((mark) => mark.startsWith(LATER_WORD_MARK))
      .map((mark) => mark.slice(1));
  expect(later("ada o'keefe dee", "ada o'keefe")).toEqual(['o', 'dee']);
  // The first word of the sort name is found by its range of the name index instead.
  expect(later('lovelace ada', 'lovelace ada')).toEqual(['ada']);
  // A name whose first word is not the sort name's (a leading space folded away): every word is marked.
  expect(later('ada lovelace', 'lady ada')).toEqual(['ada', 'lovelace']);
  expect(later('-- ada', '-- ada')).toEqual(['ada']);
  // The suffix marks come first, unchanged.
  expect(nameMarks('ada watson', 'ada watson').startsWith(nameSuffixMarks('ada watson'))).toBe(true);
});
