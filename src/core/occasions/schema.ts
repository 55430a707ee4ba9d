import * as z from 'zod';
import { idSchema, monthDaySchema, requiredText } from '../shared/fields.js';

/** An important yearly date for a person beyond their birthday: "work anniversary", "name day". */
export const createOccasionSchema = z.object({
  personId: idSchema,
  label: requiredText(100),
  /** YYYY-MM-DD, or --MM-DD when the year is unknown. */
  date: monthDaySchema,
});
export type CreateOccasionInput = z.input<typeof createOccasionSchema>;

/** An occasion read from a card (an import, a phone's PUT), before it belongs to a person. */
export const occasionValuesSchema = createOccasionSchema.pick({ label: true, date: true });
export type OccasionValues = z.output<typeof occasionValuesSchema>;

export const occasionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  label: z.string(),
  date: z.string(),
  createdAt: z.string(),
});
export type StoredOccasion = z.output<typeof occasionSchema>;
