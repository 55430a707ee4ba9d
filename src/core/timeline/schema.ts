import * as z from 'zod';

/**
 * One thing on a person's timeline. Each source (interactions, the person's own record,
 * and later shares and introductions) maps its rows to this shape; `kind` says which.
 */
export const timelineEntrySchema = z.object({
  kind: z.string(),
  /** When: a date-time, or a date when only the day is known. */
  at: z.string(),
  /** The local day, which orders the timeline. */
  on: z.string(),
  /** The record's id in its own feature, when it has one. */
  id: z.string().nullable(),
  /** A sub-kind within the source ("call", "meal"), when there is one. */
  label: z.string().nullable(),
  summary: z.string(),
  detail: z.string().nullable(),
  personIds: z.array(z.string()),
});
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

export const timelineQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type TimelineQuery = z.input<typeof timelineQuerySchema>;
