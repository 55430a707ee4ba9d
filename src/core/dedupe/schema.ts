import * as z from 'zod';
import { idSchema } from '../shared/fields.js';
import { mergeChoiceFields } from './constants.js';

export { mergeChoiceFields } from './constants.js';

export const listDuplicatesSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  threshold: z.coerce.number().min(0.5).max(1).default(0.92),
});
export type ListDuplicatesInput = z.input<typeof listDuplicatesSchema>;

const personSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  company: z.string().nullable(),
  emails: z.array(z.string()),
});

export const duplicatePairSchema = z.object({
  score: z.number(),
  evidence: z.array(z.string()),
  a: personSummarySchema,
  b: personSummarySchema,
});
export type DuplicatePairView = z.output<typeof duplicatePairSchema>;

export type MergeChoiceField = (typeof mergeChoiceFields)[number];
export const mergeChoiceFieldSchema = z.enum(mergeChoiceFields, {
  error: `must be one of ${mergeChoiceFields.join(', ')}`,
});

export const mergePeopleSchema = z
  .object({
    keepId: idSchema,
    otherId: idSchema,
    /** Fields whose value comes from the other person (the kept person's wins otherwise). */
    takeFromOther: z.array(mergeChoiceFieldSchema).max(mergeChoiceFields.length).default([]),
  })
  .refine((input) => input.keepId !== input.otherId, {
    message: 'cannot merge a person with themselves',
    path: ['otherId'],
  });
export type MergePeopleInput = z.input<typeof mergePeopleSchema>;
