import * as z from 'zod';
import type { TextChunks } from '../../formats/text-stream.js';
import { importFormats } from './constants.js';

export { importFormats } from './constants.js';

export type ImportFormat = (typeof importFormats)[number];

/** Files larger than this are refused before parsing (a 50,000-row LinkedIn export is about 8 MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function isTextChunks(value: unknown): value is TextChunks {
  return typeof value === 'object' && value !== null && (Symbol.asyncIterator in value || Symbol.iterator in value);
}

/** The file is `text` (a request body) or `chunks` (a file read as a stream), not both. */
export const importContactsSchema = z
  .object({
    format: z.enum(importFormats, { error: `must be one of ${importFormats.join(', ')}` }),
    text: z.string().max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES} characters`).optional(),
    chunks: z.custom<TextChunks>(isTextChunks, 'must be text chunks').optional(),
    dryRun: z.boolean().default(false),
    /** Import the readable records of a file with unreadable ones (each is listed); without it, nothing is imported. */
    skipUnreadable: z.boolean().default(false),
  })
  .refine((input) => (input.text === undefined) !== (input.chunks === undefined), {
    message: 'give the file as text or as chunks, not both',
    path: ['text'],
  });
export type ImportContactsInput = z.input<typeof importContactsSchema>;

export const importSummarySchema = z.object({
  format: z.enum(importFormats),
  dryRun: z.boolean(),
  records: z.number(),
  created: z.number(),
  updated: z.number(),
  skipped: z.number(),
  skippedRows: z.array(z.object({ line: z.number(), reason: z.string() })),
  /** Records that could not be read at all (also among `skippedRows`), each with where and why. */
  unreadable: z.array(z.object({ line: z.number(), reason: z.string() })),
  /** Values left out of rows that were imported (an invalid email, say), each with its line. */
  warnings: z.array(z.object({ line: z.number(), message: z.string() })),
  /**
   * Who is created and who is updated, by name (the first PREVIEW_PEOPLE of each, in file
   * order; the counts above cover all): an update with the fields it fills or adds to, a
   * new person with a stored person they are likely the same as (dedupe's scoring), so the
   * two can be merged. A dry run's new people have no id yet.
   */
  people: z.object({
    created: z.array(
      z.object({
        line: z.number(),
        id: z.string().nullable(),
        displayName: z.string(),
        title: z.string().nullable(),
        company: z.string().nullable(),
        likelyDuplicate: z
          .object({
            id: z.string(),
            displayName: z.string(),
            company: z.string().nullable(),
            score: z.number(),
            evidence: z.array(z.string()),
          })
          .nullable(),
      }),
    ),
    updated: z.array(
      z.object({
        line: z.number(),
        id: z.string(),
        displayName: z.string(),
        changes: z.array(z.object({ field: z.string(), values: z.array(z.string()) })),
      }),
    ),
  }),
});
export type ImportSummary = z.output<typeof importSummarySchema>;

/** Called after each batch is read and written with the number of records so far, so a terminal can show progress. */
export type ImportProgress = (records: number) => void;
