import { z } from 'zod';

export const importFormats = ['linkedin', 'google', 'vcard'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Files larger than this are refused before parsing (a 50,000-row LinkedIn export is about 8 MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const importContactsSchema = z.object({
  format: z.enum(importFormats, { error: `must be one of ${importFormats.join(', ')}` }),
  text: z.string().max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES} characters`),
  dryRun: z.boolean().default(false),
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
});
export type ImportSummary = z.output<typeof importSummarySchema>;

/** Called as records are read and people written, so a terminal can show a progress bar. */
export type ImportProgress = (done: number, total: number) => void;
