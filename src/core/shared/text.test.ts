import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './text.js';

/** The definition foldText's ASCII shortcut must agree with. */
const fullFold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('José Ñúñez')).toBe('jose nunez');
    expect(foldText('ADA^Lovelace`')).toBe('adalovelace');
  });

  it('agrees with normalizing and stripping diacritics, for ASCII and for any text', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'grapheme' })), (text) => foldText(text) === fullFold(text)),
    );
  });
});
