import * as z from 'zod';

/** Shared field rules, so every feature limits and trims text the same way. */

export const idSchema = z.string().trim().min(1, 'must not be empty').max(64, 'is too long');

export function requiredText(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** Optional text: empty strings become null so "clear this field" is one value. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Whether the year, month (1–12) and day name a day that exists. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A day, YYYY-MM-DD, that exists (no 31 February), of `text`: trimmed as typed, or as stored (a backup). */
export function realDay(text: z.ZodString) {
  return text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2024-03-15', abort: true }).refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return isRealDate(year, month, day);
  }, 'is not a real calendar date');
}

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const isoDateSchema = realDay(z.string().trim());

/** A date-time in ISO 8601 with an offset, or a plain date. */
export const isoDateTimeSchema = z
  .string()
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date or date-time');

/**
 * A birthday or other yearly date: YYYY-MM-DD, or --MM-DD when the year is unknown.
 * 29 February is valid without a year (it falls on 28 February in other years).
 */
export const monthDaySchema = z
  .string()
  .trim()
  .regex(/^(\d{4}|--)-?\d{2}-\d{2}$/, { error: 'must be YYYY-MM-DD or --MM-DD', abort: true })
  .transform((value) => (value.startsWith('--') ? `--${value.slice(-5)}` : value))
  .refine((value) => {
    const month = Number(value.slice(-5, -3));
    const day = Number(value.slice(-2));
    const year = value.startsWith('--') ? 2000 : Number(value.slice(0, 4));
    return isRealDate(year, month, day);
  }, 'is not a real calendar date');

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('is not a valid email address'));

export const urlSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }));

/** A list of short labels (tags, topics): trimmed, empty ones dropped, duplicates removed. */
export function labelList(maxItems: number, maxLength: number) {
  return z
    .array(z.string().trim().max(maxLength, `must be at most ${maxLength} characters`))
    .max(maxItems, `must have at most ${maxItems} entries`)
    .transform((values) => dedupeLabels(values));
}

export function dedupeLabels(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const key = value.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(value.trim());
  }
  return result;
}
