import type { ContactFormat, ContactRecord } from '../../formats/contact-record.js';
import { clip } from '../../formats/contact-record.js';
import { readContacts } from '../../formats/contacts.js';
import { isFormatError } from '../../formats/format-error.js';
import type { PhotoSource } from '../../formats/photo.js';
import type { TextChunks } from '../../formats/text-stream.js';
import { isKithError, KithError } from '../errors.js';
import { readOccasion } from '../occasions/card-occasions.js';
import type { OccasionValues } from '../occasions/schema.js';
import { buildPerson } from '../people/create-person.js';
import { type PersonIndexing, personIndexing } from '../people/indexing.js';
import type { CreatePersonInput, Person } from '../people/schema.js';
import { issuesOf } from '../shared/validate.js';

/** A row that validated as a person, with the keys (`kind:key`) it is recognised by. */
export type Incoming = {
  line: number;
  person: Person;
  kithId: string | null;
  keys: string[];
  /**
   * What storage indexes the person by, computed with the validation (in the import's
   * worker thread for a large file): the thread that writes has less to do.
   */
  indexing: PersonIndexing;
  /** The card's photo, not yet decoded (resized when written). */
  photo?: PhotoSource;
  /** The card's yearly dates besides the birthday (anniversaries), validated. */
  occasions: OccasionValues[];
};

/**
 * One batch of a file's rows, validated: the people, the rows skipped with why, and the
 * records (vCard cards) that could not be read at all, with the reader's message.
 */
export type ValidatedBatch = {
  records: number;
  incoming: Incoming[];
  skips: [line: number, reason: string][];
  unreadable: [line: number, message: string][];
  /** Values dropped from rows that were imported without them (an invalid email, say). */
  warnings: [line: number, message: string][];
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

const LISTS = { emails: 'email', phones: 'phone', links: 'link' } as const;
type ListName = keyof typeof LISTS;

/**
 * The record without the emails, phones and links that failed validation, with a warning
 * for each, when those are the only problems; undefined when anything else is wrong.
 */
function withoutBadValues(
  record: ContactRecord,
  error: KithError,
): { record: ContactRecord; warnings: string[] } | undefined {
  const issues = issuesOf(error.details);
  const bad: { list: ListName; index: number; message: string }[] = [];
  for (const issue of issues) {
    const match = issue.field.match(/^(emails|phones|links)\.(\d+)(?:\.|$)/);
    if (!match) return undefined;
    bad.push({ list: match[1] as ListName, index: Number(match[2]), message: issue.message });
  }
  if (bad.length === 0) return undefined;
  const dropped = (list: ListName, index: number) => bad.some((entry) => entry.list === list && entry.index === index);
  const warnings = bad.map(({ list, index, message }) => {
    const entry = record[list][index];
    const value = entry && 'url' in entry ? entry.url : (entry?.value ?? '');
    return `${LISTS[list]} "${clip(value, 60)}" left out: ${message}`;
  });
  return {
    record: {
      ...record,
      emails: record.emails.filter((_, index) => !dropped('emails', index)),
      phones: record.phones.filter((_, index) => !dropped('phones', index)),
      links: record.links.filter((_, index) => !dropped('links', index)),
    },
    warnings: [...new Set(warnings)],
  };
}

/** A record's occasions that are valid; each other one is left out with a warning naming it. */
function validOccasions(record: ContactRecord, warnings: [number, string][]): OccasionValues[] {
  const valid: OccasionValues[] = [];
  for (const occasion of record.occasions ?? []) {
    const read = readOccasion(occasion);
    if ('occasion' in read) valid.push(read.occasion);
    else
      warnings.push([
        record.line,
        `${clip(occasion.label, 40)} "${clip(occasion.date, 40)}" left out: ${read.problem}`,
      ]);
  }
  return valid;
}

/**
 * Validates each record as a person. An invalid email, phone or link is left out with a
 * warning and the person kept; any other bad value skips the row with its reason.
 */
export function validateRecords(records: readonly ContactRecord[], context: ValidationContext): ValidatedBatch {
  const incoming: Incoming[] = [];
  const skips: [number, string][] = [];
  const warnings: [number, string][] = [];
  for (const original of records) {
    let record = original;
    if (!record.displayName) {
      skips.push([record.line, 'no name, organization or email']);
      continue;
    }
    try {
      let person: Person;
      try {
        person = buildPerson(toInput(record), context.now);
      } catch (error) {
        const fixed = isKithError(error) ? withoutBadValues(record, error) : undefined;
        if (!fixed) throw error;
        person = buildPerson(toInput(fixed.record), context.now);
        record = fixed.record;
        for (const warning of fixed.warnings) warnings.push([record.line, warning]);
      }
      // Archived where the file was exported; a stored person it matches keeps their own state.
      if (record.archived) person.archived = true;
      const indexing = personIndexing(person, context.region);
      incoming.push({
        line: record.line,
        person,
        kithId: record.kithId ?? null,
        keys: indexing.keys.map((entry) => `${entry.kind}:${entry.key}`),
        indexing,
        ...(record.photo ? { photo: record.photo } : {}),
        occasions: validOccasions(record, warnings),
      });
    } catch (error) {
      if (!isKithError(error) || error.code !== 'VALIDATION_FAILED') throw error;
      skips.push([record.line, error.message]);
    }
  }
  return { records: records.length, incoming, skips, unreadable: [], warnings };
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
  try {
    for await (const records of readContacts(format, chunks, report)) {
      yield { ...validateRecords(records, context), unreadable };
      unreadable = [];
    }
  } catch (error) {
    // formats knows nothing of kith's errors: a file it cannot read is this import's failure.
    if (isFormatError(error)) throw new KithError('IMPORT_FAILED', error.message, { line: error.line });
    throw error;
  }
  if (unreadable.length > 0) yield { records: 0, incoming: [], skips: [], unreadable, warnings: [] };
}
