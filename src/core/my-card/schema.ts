import * as z from 'zod';
import { emailSchema, urlSchema } from '../shared/fields.js';
import { CARD_FIELDS } from './constants.js';

const cardText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** Your card: what you have written on it, and which fields you show (your name always). */
export const myCardSchema = z.object({
  name: cardText(200),
  title: cardText(200),
  company: cardText(200),
  /** Empty, or an email address. */
  email: z.union([z.literal(''), emailSchema]),
  phone: cardText(50),
  links: z.array(urlSchema).max(5, 'must have at most 5 entries'),
  location: cardText(200),
  shown: z.array(z.enum(CARD_FIELDS)),
});
export type MyCard = z.output<typeof myCardSchema>;

/** Changes only what it names; `shown` replaces the list of fields on the card. */
export const updateMyCardSchema = myCardSchema.partial();
export type UpdateMyCardInput = z.input<typeof updateMyCardSchema>;

export const cardLinkStatusSchema = z.object({
  enabled: z.boolean(),
  createdAt: z.string().nullable(),
  lastFetchedAt: z.string().nullable(),
});
export type CardLinkStatus = z.output<typeof cardLinkStatusSchema>;

/** The card, the vCard made of its shown fields (what the QR code holds), and whether its link is on. */
export const myCardViewSchema = myCardSchema.extend({
  vcard: z.string().meta({ description: 'vCard 3.0 of your name and the shown fields: what the QR code holds' }),
  link: cardLinkStatusSchema,
});
export type MyCardView = z.output<typeof myCardViewSchema>;

export const createdCardLinkSchema = cardLinkStatusSchema.extend({
  path: z.string().meta({ description: 'The card path, secret included: shown only now' }),
  url: z.string().meta({ description: 'The whole link that downloads your card, shown only now' }),
});
export type CreatedCardLink = z.output<typeof createdCardLinkSchema>;
