import * as z from 'zod';
import { idSchema, isRealDate, optionalText, requiredText } from '../shared/fields.js';
import { interactionKinds } from './constants.js';

export { interactionKinds } from './constants.js';

export type InteractionKind = (typeof interactionKinds)[number];
export const interactionKindSchema = z.enum(interactionKinds, {
  error: `must be one of ${interactionKinds.join(', ')}`,
});

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A time of day that exists (no 25:00, no 23:61), then an optional offset. */
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

/** A date (2026-03-01), a local date-time (2026-03-01T23:30) or one with an offset (…Z, …+01:00). */
export const occurredAtSchema = z
  .string()
  .trim()
  .refine(
    (value) =>
      (datePattern.test(value) || dateTimePattern.test(value)) && !Number.isNaN(Date.parse(value.slice(0, 10))),
    { error: 'must be a date like 2026-03-01 or a date-time like 2026-03-01T14:30', abort: true },
  )
  .refine((value) => {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    return isRealDate(year, month, day);
  }, 'is not a real calendar date');

const personIdsSchema = z
  .array(idSchema)
  .min(1, 'must name at least one person')
  .max(100, 'must have at most 100 people')
  .transform((ids) => [...new Set(ids)]);

export const logInteractionSchema = z.object({
  personIds: personIdsSchema,
  occurredAt: occurredAtSchema.optional(),
  kind: interactionKindSchema.default('other'),
  summary: requiredText(500),
  notes: optionalText(20_000),
  eventId: idSchema.nullish().transform((value) => value ?? null),
});
export type LogInteractionInput = z.input<typeof logInteractionSchema>;

export const updateInteractionSchema = z
  .object({
    personIds: personIdsSchema,
    occurredAt: occurredAtSchema,
    kind: interactionKindSchema,
    summary: requiredText(500),
    notes: optionalText(20_000),
    eventId: idSchema.nullish(),
  })
  .partial();
export type UpdateInteractionInput = z.input<typeof updateInteractionSchema>;

export const interactionSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  /** The local day it counts for. */
  occurredOn: z.string(),
  kind: interactionKindSchema,
  summary: z.string(),
  notes: z.string().nullable(),
  eventId: z.string().nullable(),
  personIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interaction = z.output<typeof interactionSchema>;

export const listInteractionsSchema = z.object({
  personId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type ListInteractionsInput = z.input<typeof listInteractionsSchema>;
