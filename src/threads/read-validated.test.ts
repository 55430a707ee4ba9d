import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/support/fixtures.js';
import { generateLinkedInCsv } from '../../test/support/linkedin-file.js';
import { isKithError } from '../core/errors.js';
import type { ValidatedBatch } from '../core/import/validate-records.js';
import type { ContactFormat } from '../formats/contact-record.js';
import { readValidated } from './read-validated.js';

const context = { now: new Date('2026-03-01T12:00:00Z'), region: 'US' };

/** Batches without the ids each thread draws for new people (random by design). */
function withoutIds(batches: ValidatedBatch[]) {
  return batches.map((batch) => ({
    ...batch,
    incoming: batch.incoming.map((entry) => ({ ...entry, person: { ...entry.person, id: '' } })),
  }));
}

async function read(format: ContactFormat, text: string, worker: 'never' | 'always'): Promise<ValidatedBatch[]> {
  const batches: ValidatedBatch[] = [];
  // Cut small, so the worker gets many chunks and has to wait for the main thread's turn.
  const chunks = text.match(/[\s\S]{1,4096}/g) ?? [];
  for await (const batch of readValidated(format, chunks, context, { worker })) batches.push(batch);
  return batches;
}

async function failure(format: ContactFormat, text: string, worker: 'never' | 'always') {
  try {
    await read(format, text, worker);
  } catch (error) {
    if (!isKithError(error)) throw error;
    return { code: error.code, message: error.message, details: error.details };
  }
  throw new Error('expected the file to be refused');
}

describe('readValidated in a worker thread', () => {
  it.each([
    ['linkedin', 'linkedin/Connections.csv'],
    ['google', 'google/contacts.csv'],
    ['vcard', 'vcard/iphone-export.vcf'],
    ['vcard', 'vcard/contacts-v4.vcf'],
  ] as const)('gives the same batches as this thread for %s %s', async (format, path) => {
    const text = fixture(path);
    const here = await read(format, text, 'never');
    expect(here.length).toBeGreaterThan(0);
    expect(withoutIds(await read(format, text, 'always'))).toEqual(withoutIds(here));
  });

  it('gives the same batches for a long file with invalid rows, in order and 500 rows at a time', async () => {
    const lines = generateLinkedInCsv(3000).split('\n');
    // A row with no name is skipped with its reason; two bad emails are left out with a warning, the people kept.
    lines[10] = 'Ada,Okafor,https://www.linkedin.com/in/bad-1,not-an-email,Co,Role,01 Jan 2020';
    lines[2000] = ',,https://www.linkedin.com/in/bad-2,,,,';
    lines[2500] = 'Mei,Chen,https://www.linkedin.com/in/bad-3,mei@,Co,Role,01 Jan 2020';
    const text = lines.join('\n');
    const here = await read('linkedin', text, 'never');
    const there = await read('linkedin', text, 'always');
    // csv-parse's first 500 rows hold the header row.
    expect(there.map((batch) => batch.records)).toEqual([499, 500, 500, 500, 500, 500, 1]);
    expect(there.flatMap((batch) => batch.skips)).toEqual([[2001, 'no name, organization or email']]);
    expect(there.flatMap((batch) => batch.warnings)).toEqual([
      [11, 'email "not-an-email" left out: is not a valid email address'],
      [2501, 'email "mei@" left out: is not a valid email address'],
    ]);
    expect(withoutIds(there)).toEqual(withoutIds(here));
    expect(new Set(there.flatMap((batch) => batch.incoming.map((entry) => entry.person.id))).size).toBe(2999);
  });

  it('refuses a malformed file with the same error and line as this thread', async () => {
    const broken = fixture('linkedin/Connections-broken.csv');
    const here = await failure('linkedin', broken, 'never');
    expect(here.code).toBe('IMPORT_FAILED');
    expect(await failure('linkedin', broken, 'always')).toEqual(here);
    // After whole batches have gone through: the error comes after them, as in this thread.
    const late = `${generateLinkedInCsv(1200)}"Unclosed,Quote,https://www.linkedin.com/in/x,,,,\n`;
    expect(await failure('linkedin', late, 'always')).toEqual(await failure('linkedin', late, 'never'));
  });

  it('stops the worker when the reader stops early, and reads the source no further', async () => {
    let sent = 0;
    const text = generateLinkedInCsv(20_000);
    async function* chunks() {
      for (let start = 0; start < text.length; start += 4096) {
        sent += 1;
        yield text.slice(start, start + 4096);
      }
    }
    const batches = readValidated('linkedin', chunks(), context, { worker: 'always' });
    const first = await batches.next();
    expect(first.value?.records).toBe(499);
    await batches.return(undefined);
    // The worker is a few chunks and batches ahead at most, never the whole file.
    expect(sent).toBeLessThan(Math.ceil(text.length / 4096) / 2);
  });
});
