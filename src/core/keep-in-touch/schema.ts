import * as z from 'zod';
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
  /** Absent for someone due; `reconnect` a dormant tie, `hello` a plain hello with no task (issue 20). */
  kind: z.enum(['reconnect', 'hello']).optional(),
  /** A saved item that fits them strongly: the reasons say why (at most one entry a day has it). */
  gift: z.object({ itemId: z.string(), itemTitle: z.string() }).optional(),
});
export type TodayEntry = z.output<typeof todayEntrySchema>;

/** The inner tier, or inner and close together, has outgrown its layer: move these people out? */
export const tierAdviceSchema = z.object({
  /** `inner`: the inner tier alone; `close`: inner and close together. */
  tier: z.enum(['inner', 'close']),
  size: z.number(),
  limit: z.number(),
  message: z.string(),
  /** The people you have been in least touch with, and the tier each would move to. */
  people: z.array(
    z.object({ id: z.string(), name: z.string(), lastInteractionOn: z.string().nullable(), toTier: tierSchema }),
  ),
});
export type TierAdvice = z.output<typeof tierAdviceSchema>;

export const todaySchema = z.object({
  date: z.string(),
  timeZone: z.string(),
  entries: z.array(todayEntrySchema),
  /** Tier-size advice, until answered (issue 20). */
  advice: tierAdviceSchema.nullable().optional(),
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

/** A person's tier, own cadence and drift silence: what a drift answer changes, and its undo puts back. */
export const driftStandingSchema = z.object({
  tier: tierSchema,
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  driftSilencedUntil: isoDateSchema.nullable(),
});
export type DriftStanding = z.output<typeof driftStandingSchema>;

export const driftDecisionSchema = z.object({
  personId: z.string(),
  tier: tierSchema,
  driftSilencedUntil: z.string().nullable(),
  /** What the person had before the answer (an accepted move clears their own cadence), so it can be undone. */
  before: driftStandingSchema,
});
export type DriftDecision = z.output<typeof driftDecisionSchema>;

export const upcomingOccasionsSchema = z.object({
  days: z.coerce.number().int().min(1).max(60).default(14),
  /** Count from this local date instead of today (the digest's --as-of). */
  asOf: isoDateSchema.optional(),
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

/** A reconnection opener for one person, and what it was built from; kith never sends it. */
export const reconnectionDraftSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  text: z.string(),
  lastNote: z.string().nullable(),
  sharedEvent: z.string().nullable(),
  sharedOrganization: z.string().nullable(),
});
export type ReconnectionDraft = z.output<typeof reconnectionDraftSchema>;

/** Answer tier-size advice: move these people (offered by it) one tier down, or none to keep things as they are. */
export const answerTierAdviceSchema = z.object({
  tier: z.enum(['inner', 'close']),
  personIds: z.array(z.string().max(64)).max(100, 'must have at most 100 entries').default([]),
});
export type AnswerTierAdviceInput = z.input<typeof answerTierAdviceSchema>;

/** A proposed tier for one person, from how often you were in touch over the last year. */
export const tierSuggestionSchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: tierSchema,
  suggestedTier: tierSchema,
  interactions: z.number(),
  reason: z.string(),
});
export type TierSuggestion = z.output<typeof tierSuggestionSchema>;

export const tierSuggestionsSchema = z.object({
  /** Suggest as of this local date instead of today (a preview). */
  asOf: isoDateSchema.optional(),
});
export type TierSuggestionsInput = z.input<typeof tierSuggestionsSchema>;

export const acceptTierSuggestionsSchema = z.object({
  /** People whose suggested tier to take; all suggestions when left out. */
  personIds: z.array(z.string().max(64)).max(10_000).optional(),
});
export type AcceptTierSuggestionsInput = z.input<typeof acceptTierSuggestionsSchema>;
