import * as z from 'zod';
import { itemSchema } from '../items/schema.js';
import { idSchema, isoDateTimeSchema, optionalText } from '../shared/fields.js';

export const createShareSchema = z.object({
  itemId: idSchema,
  personId: idSchema,
  note: optionalText(2000),
  /** When it was sent; now when absent. */
  sharedAt: isoDateTimeSchema.optional(),
});
export type CreateShareInput = z.input<typeof createShareSchema>;

export const shareSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  personId: z.string(),
  sharedAt: z.string(),
  note: z.string().nullable(),
});
export type Share = z.output<typeof shareSchema>;

/** A share as shown: with the item's title and the person's name. */
export const shareViewSchema = shareSchema.extend({ itemTitle: z.string(), personName: z.string() });
export type ShareView = z.output<typeof shareViewSchema>;

export const suggestRecipientsSchema = z.object({
  itemId: idSchema,
  limit: z.coerce.number().int().min(1).max(200).default(10),
});
export type SuggestRecipientsInput = z.input<typeof suggestRecipientsSchema>;

export const recipientSuggestionSchema = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});

export const suggestItemsSchema = z.object({
  personId: idSchema,
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type SuggestItemsInput = z.input<typeof suggestItemsSchema>;

/** An item this person would value, with the reasons in words. */
export const itemSuggestionSchema = z.object({ item: itemSchema, score: z.number(), reasons: z.array(z.string()) });
export type ItemSuggestion = z.output<typeof itemSuggestionSchema>;

/** The daily list proposed sending this item to this person on this day ("you have something for X"). */
export const giftSuggestionSchema = z.object({ itemId: z.string(), personId: z.string(), shownOn: z.string() });
export type GiftSuggestion = z.output<typeof giftSuggestionSchema>;
