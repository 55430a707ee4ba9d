import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/support/fixtures.js';
import { isKithError } from '../core/errors.js';
import type { ContactFormat } from './contact-record.js';
import { parseContacts } from './contacts.js';

const samples: [ContactFormat, string][] = [
  ['linkedin', 'linkedin/Connections.csv'],
  ['linkedin', 'linkedin/Connections-legacy.csv'],
  ['google', 'google/contacts.csv'],
  ['google', 'google/contacts-legacy.csv'],
  ['vcard', 'vcard/iphone-export.vcf'],
  ['vcard', 'vcard/contacts-v4.vcf'],
];

/** Characters that matter to CSV and vCard syntax, so mutations hit the parsers' edges. */
const syntax = [
  '"',
  ',',
  '\n',
  '\r\n',
  ':',
  ';',
  '\\',
  ' ',
  '=',
  '.',
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  '\u0000',
  '\uFEFF',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 5 }),
  insert: fc.oneof(fc.constantFrom(...syntax), fc.string({ maxLength: 4 }), fc.constant('')),
});

function mutate(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const position = result.length === 0 ? 0 : at % (result.length + 1);
    result = result.slice(0, position) + insert + result.slice(position + remove);
  }
  return result;
}

/** Records, or an IMPORT_FAILED error naming a line; never anything else. */
function expectRecordsOrLocatedError(format: ContactFormat, text: string): void {
  try {
    const records = parseContacts(format, text);
    for (const record of records) expect(record.line).toBeGreaterThan(0);
  } catch (error) {
    if (!isKithError(error)) throw error;
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toMatch(/line \d+: /);
    expect((error.details as { line: number }).line).toBeGreaterThan(0);
  }
}

describe('contact parsers on random and mutated input', () => {
  it.each(samples)('%s survives mutations of %s', (format, path) => {
    const original = fixture(path);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        expectRecordsOrLocatedError(format, mutate(original, edits));
      }),
      { numRuns: 300 },
    );
  });

  it.each(['linkedin', 'google', 'vcard'] as const)('%s survives random bytes', (format) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectRecordsOrLocatedError(format, new TextDecoder().decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it.each(['linkedin', 'google', 'vcard'] as const)(
    '%s survives random text built from syntax characters',
    (format) => {
      const prefix = format === 'vcard' ? 'BEGIN:VCARD\r\n' : format === 'linkedin' ? 'First Name,' : 'First Name,';
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...syntax), fc.string({ maxLength: 3 })), { maxLength: 60 }),
          (parts) => {
            expectRecordsOrLocatedError(format, prefix + parts.join(''));
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
