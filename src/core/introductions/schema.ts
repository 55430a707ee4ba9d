import * as z from 'zod';
import { idSchema, isoDateSchema, requiredText } from '../shared/fields.js';
import { introductionStatuses } from './constants.js';

export { introductionStatuses } from './constants.js';

export type IntroductionStatus = (typeof introductionStatuses)[number];
export const introductionStatusSchema = z.enum(introductionStatuses, {
  error: `must be one of ${introductionStatuses.join(', ')}`,
});

export const startIntroductionSchema = z.object({
  personAId: idSchema,
  personBId: idSchema,
  reason: requiredText(1000),
});
export type StartIntroductionInput = z.input<typeof startIntroductionSchema>;

export const updateIntroductionSchema = z.object({
  status: introductionStatusSchema,
  /** The day the step happened; today when absent. */
  on: isoDateSchema.optional(),
  /** Days after a made introduction to ask how it went (default 21). */
  followUpInDays: z.number().int().min(1).max(365).optional(),
});
export type UpdateIntroductionInput = z.input<typeof updateIntroductionSchema>;

export const introductionSchema = z.object({
  id: z.string(),
  personAId: z.string(),
  personBId: z.string(),
  reason: z.string(),
  status: introductionStatusSchema,
  suggestedOn: z.string(),
  askedAOn: z.string().nullable(),
  askedBOn: z.string().nullable(),
  madeOn: z.string().nullable(),
  declinedOn: z.string().nullable(),
  /** When to ask both how it went: set when the introduction is made. */
  followUpDue: z.string().nullable(),
  /** The reminder that asks how it went, in the reminders feature. */
  followUpReminderId: z.string().nullable(),
  followedUpOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Introduction = z.output<typeof introductionSchema>;

/** An introduction as shown, with both names. */
export const introductionViewSchema = introductionSchema.extend({ personAName: z.string(), personBName: z.string() });
export type IntroductionView = z.output<typeof introductionViewSchema>;

export const introductionSuggestionSchema = z.object({
  personA: z.object({ id: z.string(), name: z.string() }),
  personB: z.object({ id: z.string(), name: z.string() }),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type IntroductionSuggestion = z.output<typeof introductionSuggestionSchema>;

/** Dismissing a suggested pair, with what was wrong with it (kept, so the pair is not suggested again). */
export const dismissSuggestionSchema = z
  .object({
    personAId: idSchema,
    personBId: idSchema,
    feedback: z
      .string()
      .trim()
      .max(1000, 'must be at most 1000 characters')
      .nullish()
      .transform((value) => value || null),
  })
  .refine((input) => input.personAId !== input.personBId, {
    message: 'must be two different people',
    path: ['personBId'],
  });
export type DismissSuggestionInput = z.input<typeof dismissSuggestionSchema>;

export const dismissalSchema = z.object({
  personAId: z.string(),
  personBId: z.string(),
  feedback: z.string().nullable(),
  dismissedAt: z.string(),
});
export type Dismissal = z.output<typeof dismissalSchema>;
