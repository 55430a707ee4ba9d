import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exporterFixture } from '../../test/support/exporter-fixtures.js';
import { fixture } from '../../test/support/fixtures.js';
import type { ContactFormat, ContactRecord } from './contact-record.js';
import { readContacts } from './contacts.js';
import { isFormatError } from './format-error.js';
import { collect } from './text-stream.js';
import { readVcard } from './vcard.js';

const samples: [ContactFormat, string][] = [
  ['linkedin', 'linkedin/Connections.csv'],
  ['linkedin', 'linkedin/Connections-legacy.csv'],
  ['google', 'google/contacts.csv'],
  ['google', 'google/contacts-legacy.csv'],
  ['vcard', 'vcard/iphone-export.vcf'],
  ['vcard', 'vcard/contacts-v4.vcf'],
];

/** Files in the shape of real exporters (vCard 2.1, QUOTED-PRINTABLE, CR CR LF, photos), in the repository. */
const exporterSamples = [
  'outlook-2003.vcf',
  'android-2.1.vcf',
  'iphone-crcrlf.vcf',
  'mac-v4-data-uri.vcf',
  'gmail.vcf',
  'damaged.vcf',
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
  ';ENCODING=QUOTED-PRINTABLE',
  ';CHARSET=',
  ';BASE64',
  '=\r\n',
  '=C3',
  '\r\r\n',
  'item1.',
  'END:VCARDBEGIN:VCARD',
  'PHOTO:data:image/jpeg;base64,',
  'PHOTO;VALUE=uri:',
  ';ENCODING=b',
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

/** The text cut at the given positions, as a stream of chunks would deliver it. */
function* cut(text: string, cuts: readonly number[]): Generator<string> {
  const positions = [...new Set(cuts.map((at) => at % (text.length + 1)))].sort((a, b) => a - b);
  let start = 0;
  for (const position of positions) {
    yield text.slice(start, position);
    start = position;
  }
  yield text.slice(start);
}

type Outcome = { records: ContactRecord[] } | { error: string; line: number };

/** Records, or an IMPORT_FAILED error naming a line; anything else is thrown. */
async function outcome(format: ContactFormat, chunks: Iterable<string>): Promise<Outcome> {
  try {
    return { records: await collect(readContacts(format, chunks)) };
  } catch (error) {
    if (!isFormatError(error)) throw error;
    expect(error.message).toMatch(/line \d+: /);
    return { error: error.message, line: error.line };
  }
}

/** Records, or an IMPORT_FAILED error naming a line; never anything else. */
async function expectRecordsOrLocatedError(format: ContactFormat, text: string): Promise<void> {
  const result = await outcome(format, [text]);
  if ('records' in result) for (const record of result.records) expect(record.line).toBeGreaterThan(0);
  else expect(result.line).toBeGreaterThan(0);
}

describe('contact parsers on random and mutated input', () => {
  it.each(samples)('%s survives mutations of %s', async (format, path) => {
    const original = fixture(path);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        await expectRecordsOrLocatedError(format, mutate(original, edits));
      }),
      { numRuns: 300 },
    );
  });

  it.each(samples)('%s reads %s the same however the text is cut into chunks', async (format, path) => {
    const original = fixture(path);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 12 }), async (edits, cuts) => {
        const text = mutate(original, edits);
        expect(await outcome(format, cut(text, cuts))).toEqual(await outcome(format, [text]));
      }),
      { numRuns: 200 },
    );
  });

  it.each(exporterSamples)('vcard survives mutations of the exporter file %s', async (name) => {
    const original = exporterFixture(name);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        await expectRecordsOrLocatedError('vcard', mutate(original, edits));
      }),
      { numRuns: 200 },
    );
  });

  it.each(exporterSamples)(
    'vcard told to go on past unreadable cards never throws on mutations of %s',
    async (name) => {
      const original = exporterFixture(name);
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
          const unreadable: number[] = [];
          const records = await collect(readVcard([mutate(original, edits)], (line) => unreadable.push(line)));
          for (const line of [...unreadable, ...records.map((record) => record.line)]) expect(line).toBeGreaterThan(0);
        }),
        { numRuns: 200 },
      );
    },
  );

  it.each(['linkedin', 'google', 'csv', 'vcard'] as const)('%s survives random bytes', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await expectRecordsOrLocatedError(format, new TextDecoder().decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it.each(['linkedin', 'google', 'vcard'] as const)(
    '%s survives random text built from syntax characters',
    async (format) => {
      const prefix = format === 'vcard' ? 'BEGIN:VCARD\r\n' : format === 'linkedin' ? 'First Name,' : 'First Name,';
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(fc.constantFrom(...syntax), fc.string({ maxLength: 3 })), { maxLength: 60 }),
          async (parts) => {
            await expectRecordsOrLocatedError(format, prefix + parts.join(''));
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
