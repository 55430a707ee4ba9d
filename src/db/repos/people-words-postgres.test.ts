import { expect, it } from 'vitest';
import { wordRange } from './people-words-postgres.js';

it('reads a whole word as its one key and a prefix up to the string after all that start with it', () => {
  expect(wordRange({ text: 'data', prefix: false })).toEqual({ lo: 'data', hi: 'data\u0001' });
  expect(wordRange({ text: 'data', prefix: true })).toEqual({ lo: 'data', hi: 'datb' });
  expect(wordRange({ text: 'kaz', prefix: true })).toEqual({ lo: 'kaz', hi: 'ka{' });
  expect(wordRange({ text: 'x86', prefix: true })).toEqual({ lo: 'x86', hi: 'x87' });
  expect(wordRange({ text: 'ελλην', prefix: true })).toEqual({ lo: 'ελλην', hi: 'ελληξ' });
  // a character outside the BMP is one code point, not two UTF-16 halves
  expect(wordRange({ text: 'a𝔸', prefix: true })).toEqual({ lo: 'a𝔸', hi: 'a𝔹' });
  expect(wordRange({ text: 'a\ud7ff', prefix: true })).toEqual({ lo: 'a\ud7ff', hi: 'a\ue000' });
  expect(wordRange({ text: 'a\u{10ffff}', prefix: true })).toEqual({ lo: 'a\u{10ffff}', hi: 'b' });
  expect(wordRange({ text: '\u{10ffff}\u{10ffff}', prefix: true })).toBeUndefined();
});
