import * as z from 'zod';
import { isRealDate, realDay } from '../shared/fields.js';

/**
 * Fields as kith stores them, for checking a backup before it is restored. Unlike the
 * input rules in `shared/fields.ts` they never trim or rewrite a value: what kith wrote
 * passes as it is, so export → restore → export stays byte for byte.
 */

/** A day, YYYY-MM-DD, that exists (no 31 February). */
export const storedDay = realDay(z.string());

/** A yearly date: YYYY-MM-DD, or --MM-DD without a year (29 February allowed then). */
export const storedMonthDay = z
  .string()
  .regex(/^(\d{4}-|--)\d{2}-\d{2}$/, { error: 'must be YYYY-MM-DD or --MM-DD', abort: true })
  .refine((value) => {
    const year = value.startsWith('--') ? 2000 : Number(value.slice(0, 4));
    return isRealDate(year, Number(value.slice(-5, -3)), Number(value.slice(-2)));
  }, 'is not a real calendar date');

/** A moment: an ISO 8601 date-time (kith writes them with toISOString). */
export const storedMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T/, { error: 'must be an ISO date-time like 2024-03-15T09:30:00.000Z', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date-time');

/** When something happened: a moment, or a day when only the day was given (an interaction logged for a date). */
export const storedDayOrMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/, {
    error: 'must be a date like 2024-03-15 or an ISO date-time like 2024-03-15T09:30:00.000Z',
    abort: true,
  })
  .refine(
    (value) => (value.length === 10 ? storedDay.safeParse(value).success : !Number.isNaN(Date.parse(value))),
    'is not a real date',
  );

/** An email address as kith stores one (already lowercased and trimmed). */
export const storedEmail = z.email('is not a valid email address');
