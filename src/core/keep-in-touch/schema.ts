import { z } from 'zod';
import { tierSchema } from '../people/schema.js';
import { isDuration } from '../shared/dates.js';
import { isoDateSchema } from '../shared/fields.js';

export const getTodaySchema = z.object({
  /** Treat this local date as today (a preview: nothing is recorded unless it is today). */
  asOf: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type GetTodayInput = z.input<typeof getTodaySchema>;

export const todayEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: tierSchema,
  score: z.number(),
  reasons: z.array(z.string()),
  lastInteractionOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  drift: z.object({ fromTier: tierSchema, toTier: tierSchema }).nullable(),
  /** A saved item that fits them strongly: the reasons say why (at most one entry a day has it). */
  gift: z.object({ itemId: z.string(), itemTitle: z.string() }).optional(),
});
export type TodayEntry = z.output<typeof todayEntrySchema>;

export const todaySchema = z.object({
  date: z.string(),
  timeZone: z.string(),
  entries: z.array(todayEntrySchema),
});
export type Today = z.output<typeof todaySchema>;

export const durationSchema = z.string().trim().refine(isDuration, 'must be a duration such as 3d, 2w, 1m or 1y');

/** Until a date, or for a while from today: exactly one of the two. */
export const snoozeSchema = z
  .object({ until: isoDateSchema.optional(), for: durationSchema.optional() })
  .refine((value) => (value.until === undefined) !== (value.for === undefined), {
    message: 'give either until (a date) or for (a duration such as 2w)',
    path: ['until'],
  });
export type SnoozeInput = z.input<typeof snoozeSchema>;

export const contactStateSchema = z.object({
  personId: z.string(),
  lastInteractionOn: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  driftSilencedUntil: z.string().nullable(),
});
export type ContactState = z.output<typeof contactStateSchema>;

export const driftDecisionSchema = z.object({
  personId: z.string(),
  tier: tierSchema,
  driftSilencedUntil: z.string().nullable(),
});
export type DriftDecision = z.output<typeof driftDecisionSchema>;

export const upcomingOccasionsSchema = z.object({
  days: z.coerce.number().int().min(1).max(60).default(14),
});
export type UpcomingOccasionsInput = z.input<typeof upcomingOccasionsSchema>;

/** A birthday or important date coming up: whose, what, on which day, and in how many days. */
export const upcomingOccasionSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  label: z.string(),
  date: z.string(),
  inDays: z.number(),
});
export type UpcomingOccasion = z.output<typeof upcomingOccasionSchema>;
