import * as z from 'zod';
import { isValidTimeZone } from '../shared/dates.js';
import { labelList } from '../shared/fields.js';
import { DEFAULT_PHONE_REGION, isPhoneRegion } from '../shared/phone-region.js';

/** A country whose numbering plan reads phone numbers written without +: "GB", "US", "DE". */
export const phoneRegionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isPhoneRegion, 'must be a two-letter country code such as US, GB or DE');
export type PhoneRegion = string;

/**
 * The daily list's research-grounded parts (issue 20): a dormant tie a day, a plain hello
 * a week, the sizes of Dunbar's inner layers, friends before family, and your own topics.
 */
const researchSettings = {
  /** Propose at most one dormant tie a day to reconnect with. */
  reconnect: z.boolean().default(true),
  /** Propose at most one plain hello a week to the outer tier's longest silence. */
  hello: z.boolean().default(true),
  /** What you follow: dormant ties whose topics, needs or offers meet these come first. */
  myTopics: z.array(z.string()).default([]),
  /** Say so when the inner tier holds more people than this (Dunbar's layer of about 5). */
  innerTierSize: z.number().int().min(1).max(1000).default(5),
  /** …or inner and close together more than this (the layer of about 15). */
  innerAndCloseSize: z.number().int().min(1).max(5000).default(15),
  /** A relative's tier cadence, as a percentage of the tier's: friends lose closeness faster, so come due first. */
  familyCadencePercent: z.number().int().min(100).max(400).default(125),
};

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
  ...researchSettings,
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
  reconnect: z.boolean().optional(),
  hello: z.boolean().optional(),
  myTopics: labelList(50, 100).optional(),
  innerTierSize: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .optional(),
  innerAndCloseSize: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(5000, 'must be at most 5000')
    .optional(),
  familyCadencePercent: z
    .number()
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .max(400, 'must be at most 400')
    .optional(),
});
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
