import { expect, it } from 'vitest';
import { NAME_START_AT_MOST, nameStarts, wordSuffixes } from './search-words.js';

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
