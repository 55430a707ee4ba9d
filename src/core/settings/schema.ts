import { z } from 'zod';
import { isValidTimeZone } from '../shared/dates.js';
import { DEFAULT_PHONE_REGION, isPhoneRegion } from '../shared/phone-region.js';

/** A country whose numbering plan reads phone numbers written without +: "GB", "US", "DE". */
export const phoneRegionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isPhoneRegion, 'must be a two-letter country code such as US, GB or DE');
export type PhoneRegion = string;

/** A user's settings; every field has a default, so a stored `{}` is a complete setting. */
export const settingsSchema = z.object({
  cadences: z
    .object({
      inner: z.number().int().min(1).max(3650).nullable().default(30),
      close: z.number().int().min(1).max(3650).nullable().default(60),
      regular: z.number().int().min(1).max(3650).nullable().default(120),
      acquaintance: z.number().int().min(1).max(3650).nullable().default(null),
    })
    .default({ inner: 30, close: 60, regular: 120, acquaintance: null }),
  dailyListSize: z.number().int().min(1).max(100).default(7),
  timeZone: z.string().max(100).nullable().default(null),
  /** Days after an event ends by which to follow up with the people met there. */
  followUpDays: z.number().int().min(0).max(60).default(2),
  /** Phone numbers written without + are read as numbers of this country (ISO 3166 alpha-2). */
  phoneRegion: z.string().refine(isPhoneRegion).default(DEFAULT_PHONE_REGION),
});
export type Settings = z.output<typeof settingsSchema>;

export function readSettings(stored: string | null | undefined): Settings {
  let parsed: unknown = {};
  try {
    parsed = stored ? JSON.parse(stored) : {};
  } catch {
    parsed = {};
  }
  const result = settingsSchema.safeParse(parsed);
  return result.success ? result.data : settingsSchema.parse({});
}

const cadenceSchema = z
  .number()
  .int('must be a whole number of days')
  .min(1, 'must be at least 1 day')
  .max(3650, 'must be at most 3650 days')
  .nullable();

export const updateSettingsSchema = z.object({
  cadences: z
    .object({
      inner: cadenceSchema,
      close: cadenceSchema,
      regular: cadenceSchema,
      acquaintance: cadenceSchema,
    })
    .partial()
    .optional(),
  dailyListSize: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').optional(),
  followUpDays: z.number().int().min(0, 'must be at least 0').max(60, 'must be at most 60').optional(),
  timeZone: z
    .string()
    .trim()
    .max(100)
    .refine(isValidTimeZone, 'is not a time zone such as Europe/Berlin')
    .nullable()
    .optional(),
  phoneRegion: phoneRegionSchema.optional(),
});
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
