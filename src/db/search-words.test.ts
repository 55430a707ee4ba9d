import { expect, it } from 'vitest';
import { wordSuffixes } from './search-words.js';

it('lists every suffix of every word, so a substring is a prefix of one of them', () => {
  expect(wordSuffixes('star-bucks co')).toBe('star tar ar r bucks ucks cks ks s co o');
  expect(wordSuffixes('')).toBe('');
  expect(wordSuffixes('nestlé')).toBe('nestlé estlé stlé tlé lé é');
});
