import * as z from 'zod';
import { tierSchema } from '../people/schema.js';
import { isoDateSchema } from '../shared/fields.js';

export const overdueHistoryQuerySchema = z.object({
  /** The last day's date (the user's today by default): earlier days are month ends before it. */
  asOf: isoDateSchema.optional(),
});
export type OverdueHistoryQuery = z.input<typeof overdueHistoryQuerySchema>;

export const overdueDaySchema = z.object({
  on: z.string().meta({ description: 'The day measured (YYYY-MM-DD): a month end, or today for the last day' }),
  people: z.number().int().meta({ description: 'People with a cadence who were in kith on that day' }),
  overdue: z.number().int().meta({ description: 'Of those, how many were at or past their cadence' }),
  share: z.number().nullable().meta({ description: 'overdue / people (0 to 1), null when there was nobody' }),
});
export type OverdueDay = z.output<typeof overdueDaySchema>;

export const overdueHistorySchema = z.object({
  days: z.array(overdueDaySchema),
  /** Says what the figures rest on, for the chart's caption. */
  basis: z.literal('history').meta({
    description:
      'Computed from interaction dates and the days people were added, with their current tiers and cadences',
  }),
});
export type OverdueHistory = z.output<typeof overdueHistorySchema>;

export const networkTotalsQuerySchema = z.object({
  /** The last month is this day's (the user's today by default). */
  asOf: isoDateSchema.optional(),
});
export type NetworkTotalsQuery = z.input<typeof networkTotalsQuerySchema>;

export const networkTotalsSchema = z.object({
  perTier: z
    .array(z.object({ tier: tierSchema, count: z.number().int() }))
    .meta({ description: 'People not archived in each tier, every tier listed, closest first' }),
  perMonth: z.array(z.object({ month: z.string(), count: z.number().int() })).meta({
    description:
      'Interactions in each of the last twelve months (YYYY-MM, oldest first, the current month last), by the day each was logged in the user’s time zone',
  }),
});
export type NetworkTotals = z.output<typeof networkTotalsSchema>;
