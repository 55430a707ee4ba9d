import type { ContactFormat, ContactRecord } from '../../formats/contact-record.js';
import { readContacts } from '../../formats/contacts.js';
import type { TextChunks } from '../../formats/text-stream.js';
import { isKithError } from '../errors.js';
import { identityKeys } from '../people/combine-people.js';
import { buildPerson } from '../people/create-person.js';
import type { CreatePersonInput, Person } from '../people/schema.js';

/** A row that validated as a person, with the keys (`kind:key`) it is recognised by. */
export type Incoming = { line: number; person: Person; kithId: string | null; keys: string[] };

/**
 * One batch of a file's rows, validated: the people, the rows skipped with why, and the
 * records (vCard cards) that could not be read at all, with the reader's message.
 */
export type ValidatedBatch = {
  records: number;
  incoming: Incoming[];
  skips: [line: number, reason: string][];
  unreadable: [line: number, message: string][];
};

/** What validation needs besides the rows: the import's clock and the owner's phone region. */
export type ValidationContext = { now: Date; region: string };

/** A record as person input: its other keys (line, kithId) are not person fields, and are ignored. */
function toInput(record: ContactRecord): CreatePersonInput {
  return {
    ...record,
    displayName: record.displayName ?? '',
    tier: (record.tier || undefined) as CreatePersonInput['tier'],
  };
}

/** Validates each record as a person; a bad value skips the row with its reason. */
export function validateRecords(records: readonly ContactRecord[], context: ValidationContext): ValidatedBatch {
  const incoming: Incoming[] = [];
  const skips: [number, string][] = [];
  for (const record of records) {
    if (!record.displayName) {
      skips.push([record.line, 'no name, organization or email']);
      continue;
    }
    try {
      const person = buildPerson(toInput(record), context.now);
      incoming.push({
        line: record.line,
        person,
        kithId: record.kithId ?? null,
        keys: identityKeys(person, context.region).map((entry) => `${entry.kind}:${entry.key}`),
      });
    } catch (error) {
      if (!isKithError(error) || error.code !== 'VALIDATION_FAILED') throw error;
      skips.push([record.line, error.message]);
    }
  }
  return { records: records.length, incoming, skips, unreadable: [] };
}

/**
 * A file read and validated a batch at a time, in this thread. Unreadable records travel
 * with the next batch (a last, empty batch carries those after the final records); the
 * import decides whether they stop it.
 */
export async function* validatedBatches(
  format: ContactFormat,
  chunks: TextChunks,
  context: ValidationContext,
): AsyncGenerator<ValidatedBatch> {
  let unreadable: [number, string][] = [];
  const report = (line: number, message: string) => unreadable.push([line, message]);
  for await (const records of readContacts(format, chunks, report)) {
    yield { ...validateRecords(records, context), unreadable };
    unreadable = [];
  }
  if (unreadable.length > 0) yield { records: 0, incoming: [], skips: [], unreadable };
}
