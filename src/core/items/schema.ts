import * as z from 'zod';
import { labelList, optionalText, requiredText, urlSchema } from '../shared/fields.js';

export const itemKinds = ['article', 'job', 'resource'] as const;
export type ItemKind = (typeof itemKinds)[number];
export const itemKindSchema = z.enum(itemKinds, { error: `must be one of ${itemKinds.join(', ')}` });

export const itemSources = ['url', 'html', 'text'] as const;
export type ItemSource = (typeof itemSources)[number];

/** Longest text kept for an item: a long article fits; a whole book does not. */
export const MAX_ITEM_TEXT = 200_000;
/** Largest HTML accepted, pasted or fetched. */
export const MAX_ITEM_HTML = 2 * 1024 * 1024;

/**
 * Add an item from exactly one source: a URL to fetch, saved HTML, or pasted text.
 * Title, kind and job fields given here win over what extraction finds.
 */
export const createItemSchema = z
  .object({
    url: urlSchema.optional(),
    html: z.string().max(MAX_ITEM_HTML, `must be at most ${MAX_ITEM_HTML} characters`).optional(),
    text: z.string().max(MAX_ITEM_TEXT, `must be at most ${MAX_ITEM_TEXT} characters`).optional(),
    kind: itemKindSchema.optional(),
    title: optionalText(500),
    company: optionalText(200),
    role: optionalText(200),
    location: optionalText(200),
    topics: labelList(50, 100).optional(),
  })
  .refine((input) => [input.url, input.html, input.text].filter((value) => value !== undefined).length === 1, {
    message: 'give exactly one of url, html or text',
    path: ['source'],
  });
export type CreateItemInput = z.input<typeof createItemSchema>;

export const updateItemSchema = z
  .object({
    kind: itemKindSchema,
    title: requiredText(500),
    summary: optionalText(2000),
    company: optionalText(200),
    role: optionalText(200),
    location: optionalText(200),
    topics: labelList(50, 100),
  })
  .partial();
export type UpdateItemInput = z.input<typeof updateItemSchema>;

export const shareRecordSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  sharedAt: z.string(),
  note: z.string().nullable(),
});
export type ShareRecord = z.output<typeof shareRecordSchema>;

export const itemSchema = z.object({
  id: z.string(),
  kind: itemKindSchema,
  title: z.string(),
  url: z.string().nullable(),
  source: z.enum(itemSources),
  text: z.string(),
  summary: z.string().nullable(),
  topics: z.array(z.string()),
  company: z.string().nullable(),
  role: z.string().nullable(),
  location: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Item = z.output<typeof itemSchema>;

/** An item as shown: with who already got it ("already sent to X on D"). */
export const itemViewSchema = itemSchema.extend({ sharedWith: z.array(shareRecordSchema) });
export type ItemView = z.output<typeof itemViewSchema>;

export const itemFilterSchema = z.object({
  kind: itemKindSchema.optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(500).optional(),
});
export type ItemFilter = z.output<typeof itemFilterSchema>;

/** A fetched page, as the fetcher hands it to the use-case. */
export type FetchedPage = { url: string; contentType: string; body: string };
/** Fetches a URL safely (timeouts, size limit, redirects, no private addresses); I/O lives outside core. */
export type FetchPage = (url: string) => Promise<FetchedPage>;
