import * as z from 'zod';
import { idSchema, isoDateSchema, requiredText } from '../shared/fields.js';

export const createReminderSchema = z.object({
  /** Absent for a free-standing reminder. */
  personId: idSchema.nullish().transform((value) => value ?? null),
  text: requiredText(500),
  dueOn: isoDateSchema,
});
export type CreateReminderInput = z.input<typeof createReminderSchema>;

export const reminderSchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  text: z.string(),
  dueOn: z.string(),
  snoozedUntil: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Reminder = z.output<typeof reminderSchema>;

export const listRemindersSchema = z.object({
  /** Due on or before this local date (default today); ignored with all. */
  asOf: isoDateSchema.optional(),
  /** Every open reminder, due or not. */
  all: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((value) => value === true || value === 'true')
    .default(false),
});
export type ListRemindersInput = z.input<typeof listRemindersSchema>;
