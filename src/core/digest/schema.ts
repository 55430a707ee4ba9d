import * as z from 'zod';
import { emailSchema, isoDateSchema } from '../shared/fields.js';

export const digestChannels = ['email', 'webhook'] as const;
export type DigestChannel = (typeof digestChannels)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1, 'pick at least one day')
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), 'must be an http(s) URL');

export const updateDigestSettingsSchema = z.object({
  email: z.boolean().optional(),
  /** Where the email goes; null goes back to the account's address. */
  address: emailSchema.nullable().optional(),
  hour: z.number().int().min(0).max(23).optional(),
  weekdays: weekdaysSchema.optional(),
  webhookUrl: webhookUrlSchema.nullable().optional(),
});
export type UpdateDigestSettingsInput = z.input<typeof updateDigestSettingsSchema>;

export type DigestSettings = {
  email: boolean;
  /** Where the email goes, when set; else the account's address (`digestAddress`). */
  address: string | null;
  hour: number;
  weekdays: number[];
  webhookUrl: string | null;
  /** The HMAC key of the webhook's X-Kith-Signature; made with the URL, the receiver checks with it. */
  webhookSecret: string | null;
  unsubscribeToken: string;
};

export const DEFAULT_DIGEST_HOUR = 7;

export const deliverySchema = z.object({
  day: z.string(),
  status: z.enum(['sending', 'sent', 'failed', 'gave-up']),
  attempts: z.number(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});
export type Delivery = z.output<typeof deliverySchema>;

export const digestSettingsViewSchema = z.object({
  email: z.boolean(),
  hour: z.number(),
  weekdays: z.array(z.number()),
  webhookUrl: z.string().nullable(),
  webhookSecret: z.string().nullable(),
  /**
   * Where the email goes: the address set, else the account's; null while neither is
   * anyone's mailbox (a laptop install's owner@localhost), and then no email is sent.
   */
  address: z.string().nullable(),
  /** Whether this server can send mail (KITH_SMTP_URL is set). */
  mailConfigured: z.boolean(),
  timeZone: z.string(),
  lastEmail: deliverySchema.nullable(),
  lastWebhook: deliverySchema.nullable(),
});
export type DigestSettingsView = z.output<typeof digestSettingsViewSchema>;

export const digestItemSchema = z.object({
  text: z.string(),
  details: z.array(z.string()),
  /** A path in the web UI, such as /people/ID. */
  link: z.string(),
});
export type DigestItem = z.output<typeof digestItemSchema>;

export const digestSchema = z.object({
  date: z.string(),
  timeZone: z.string(),
  subject: z.string(),
  sections: z.array(z.object({ title: z.string(), items: z.array(digestItemSchema) })),
});
export type Digest = z.output<typeof digestSchema>;

export const digestPreviewSchema = z.object({ asOf: isoDateSchema.optional() });

/** One digest ready to go out: mail parts and links made absolute. */
export type DigestMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
};

/** How a digest leaves kith: given to use-cases, so they stay free of I/O (src/mail, src/fetch). */
export type DigestSenders = {
  /** Null when this server has no mail configured. */
  sendMail: ((message: DigestMessage) => Promise<void>) | null;
  postWebhook(url: string, secret: string, body: string): Promise<void>;
};

export const digestSendResultSchema = z.object({
  date: z.string(),
  results: z.array(z.object({ channel: z.enum(digestChannels), ok: z.boolean(), error: z.string().nullable() })),
});
export type DigestSendResult = z.output<typeof digestSendResultSchema>;
