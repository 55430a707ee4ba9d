import * as z from 'zod';
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  labelList,
  monthDaySchema,
  optionalText,
  requiredText,
  urlSchema,
} from '../shared/fields.js';
import { invalidField } from '../shared/validate.js';
import { archivedChoices, tiers } from './constants.js';

export { tiers } from './constants.js';

export type Tier = (typeof tiers)[number];
export const tierSchema = z.enum(tiers, { error: `must be one of ${tiers.join(', ')}` });

const label = optionalText(50);

export const emailEntrySchema = z.object({ value: emailSchema, label });
export const phoneEntrySchema = z.object({
  value: z.string().trim().min(3, 'is too short to be a phone number').max(40, 'must be at most 40 characters'),
  label,
});
export const linkEntrySchema = z.object({ url: urlSchema, label });
/** A postal address, kept whole (vCard ADR): every part optional, `label` its type (work, home). */
export const addressEntrySchema = z.object({
  label,
  street: optionalText(500),
  city: optionalText(200),
  region: optionalText(200),
  postcode: optionalText(50),
  country: optionalText(200),
});

export type EmailEntry = z.output<typeof emailEntrySchema>;
export type PhoneEntry = z.output<typeof phoneEntrySchema>;
export type LinkEntry = z.output<typeof linkEntrySchema>;
export type AddressEntry = z.output<typeof addressEntrySchema>;

/** The keypad's digit for each letter, a to z: "1-800-FLOWERS" dials 1-800-3569377. */
const KEYPAD = '22233344455566677778889999';

/**
 * A phone number as dialled: its digits (letters as the keypad's) and its +, so
 * "+44 20 7946 0958" and "+442079460958" are one number. Kept free of libphonenumber,
 * which every command reading this schema would otherwise load.
 */
export function phoneDigits(value: string): string {
  return value
    .toLowerCase()
    .replace(/[a-z]/g, (letter) => KEYPAD[letter.charCodeAt(0) - 97] ?? '')
    .replace(/[^\d+]/g, '');
}

/**
 * Refuses a phone number typed without its digits ("not a phone", "ask Ada"), among
 * `phones` that `stored` does not hold already: a number kept before this check stays, so
 * it never blocks an edit of something else. Imports leave such numbers to the file.
 */
export function requireTypedPhones(phones: readonly { value: string }[], stored: readonly { value: string }[]): void {
  const kept = new Set(stored.map((phone) => phoneDigits(phone.value)));
  for (const { value } of phones) {
    if (kept.has(phoneDigits(value)) || /\d.*\d.*\d/.test(value)) continue;
    throw invalidField('phones', `"${value}" is not a phone number: it needs its digits, as +44 20 7946 0958`);
  }
}

/**
 * Each entry once (an email added again in capitals, a phone again with other spaces),
 * the first kept, with the label of the first that has one.
 */
function onceEach<T extends { label: string | null }>(entries: readonly T[], key: (entry: T) => string): T[] {
  const kept = new Map<string, T>();
  for (const entry of entries) {
    const first = kept.get(key(entry));
    if (!first) kept.set(key(entry), entry);
    else if (!first.label && entry.label) kept.set(key(entry), { ...first, label: entry.label });
  }
  return [...kept.values()];
}

/** The editable fields of a person, without defaults, so a patch is just this made partial. */
const personFields = {
  displayName: requiredText(200),
  givenName: optionalText(100),
  familyName: optionalText(100),
  nickname: optionalText(100),
  title: optionalText(200),
  company: optionalText(200),
  industry: optionalText(200),
  location: optionalText(200),
  birthday: monthDaySchema.nullish().transform((value) => value ?? null),
  tier: tierSchema,
  cadenceDays: z.number().int().min(1).max(3650).nullish(),
  /** A relative: at the same tier and silence, friends come due first (Roberts and Dunbar, 2011). */
  family: z.boolean(),
  howMet: optionalText(2000),
  metOn: isoDateSchema.nullish().transform((value) => value ?? null),
  introducedById: idSchema.nullish(),
  notes: optionalText(100_000),
  emails: z
    .array(emailEntrySchema)
    .max(50, 'must have at most 50 entries')
    .transform((emails) => onceEach(emails, (email) => email.value)),
  phones: z
    .array(phoneEntrySchema)
    .max(50, 'must have at most 50 entries')
    .transform((phones) => onceEach(phones, (phone) => phoneDigits(phone.value))),
  links: z
    .array(linkEntrySchema)
    .max(50, 'must have at most 50 entries')
    .transform((links) => onceEach(links, (link) => link.url)),
  addresses: z.array(addressEntrySchema).max(20, 'must have at most 20 entries'),
  tags: labelList(100, 100),
  topics: labelList(100, 100),
  offers: labelList(100, 300),
  needs: labelList(100, 300),
};

export const createPersonSchema = z.object({
  ...personFields,
  tier: tierSchema.default('regular'),
  family: personFields.family.default(false),
  emails: personFields.emails.default([]),
  phones: personFields.phones.default([]),
  links: personFields.links.default([]),
  addresses: personFields.addresses.default([]),
  tags: personFields.tags.default([]),
  topics: personFields.topics.default([]),
  offers: personFields.offers.default([]),
  needs: personFields.needs.default([]),
});
export type CreatePersonInput = z.input<typeof createPersonSchema>;

export const updatePersonSchema = z.object(personFields).partial();
export type UpdatePersonInput = z.input<typeof updatePersonSchema>;

export const personSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  nickname: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  industry: z.string().nullable(),
  location: z.string().nullable(),
  birthday: z.string().nullable(),
  tier: tierSchema,
  cadenceDays: z.number().nullable(),
  /** Backups written before the flag existed hold no value: not family. */
  family: z.boolean().default(false),
  howMet: z.string().nullable(),
  metOn: z.string().nullable(),
  introducedById: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  emails: z.array(z.object({ value: z.string(), label: z.string().nullable() })),
  phones: z.array(z.object({ value: z.string(), label: z.string().nullable() })),
  links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
  /**
   * Optional: absent in backups written before addresses were kept, and in people built
   * by code that predates them; read it as `addressesOf(person)`.
   */
  addresses: z
    .array(
      z.object({
        label: z.string().nullable(),
        street: z.string().nullable(),
        city: z.string().nullable(),
        region: z.string().nullable(),
        postcode: z.string().nullable(),
        country: z.string().nullable(),
      }),
    )
    .optional(),
  tags: z.array(z.string()),
  topics: z.array(z.string()),
  offers: z.array(z.string()),
  needs: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.output<typeof personSchema>;

const archivedFilterSchema = z.enum(archivedChoices);
export type ArchivedFilter = z.output<typeof archivedFilterSchema>;

export const personFilterSchema = z.object({
  tier: tierSchema.optional(),
  tag: z.string().trim().max(100).describe('people holding this whole tag, in any case').optional(),
  topic: z.string().trim().max(100).describe('people holding this whole topic, in any case').optional(),
  company: z.string().trim().max(200).describe('people whose company name holds this text, in any case').optional(),
  archived: archivedFilterSchema.default('exclude'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(500).optional(),
});
export type PersonFilter = z.output<typeof personFilterSchema>;

/** The people list of the CLI, the API and the web: the filters, and with `q` a ranked search instead, each a page at a time. */
export const findPeopleSchema = personFilterSchema.extend({
  q: z.string().max(200, 'must be at most 200 characters').optional(),
  /** Without it, a list page holds 100 and a search page 20. */
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
export type FindPeopleInput = z.input<typeof findPeopleSchema>;

export const searchPeopleSchema = personFilterSchema
  .pick({ tier: true, tag: true, topic: true, company: true, archived: true })
  .extend({
    query: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  });
export type SearchPeopleInput = z.input<typeof searchPeopleSchema>;

// Reading addresses is the same in the writers (formats, which imports nothing of kith) and here.
export { addressesOf, formatAddress, placeOf } from '../../formats/person-record.js';
