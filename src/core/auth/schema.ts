import * as z from 'zod';
import { emailSchema, optionalText, requiredText } from '../shared/fields.js';

/** Long enough to resist guessing, short enough that hashing cannot be used to exhaust memory. */
export const passwordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(1024, 'must be at most 1024 characters');

export const addUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema.nullish(),
  displayName: optionalText(200),
  isAdmin: z.boolean().default(false),
});
export type AddUserInput = z.input<typeof addUserSchema>;

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: optionalText(200),
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** What a sign-in page needs to know before anyone is signed in. */
export const authConfigSchema = z.object({ signUp: z.boolean() });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'must not be empty').max(320, 'is too long'),
  password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
});
export type SignInInput = z.input<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(1024, 'must be at most 1024 characters').optional(),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const tokenKinds = ['api', 'dav'] as const;
export type TokenKind = (typeof tokenKinds)[number];

export const createTokenSchema = z.object({
  name: requiredText(100),
  dav: z
    .boolean()
    .default(false)
    .meta({ description: 'An app password for CardDAV (HTTP Basic with your email) instead of an API token' }),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** A token as listed: never its secret, which is shown once when it is created. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(tokenKinds).meta({ description: 'api: a Bearer token for the API; dav: an app password for CardDAV' }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.output<typeof apiTokenSchema>;

export const createdTokenSchema = apiTokenSchema.extend({
  token: z.string().meta({
    description:
      'The secret, shown only now: send it as Authorization: Bearer <token>, or (an app password) as the password of HTTP Basic with your email on /dav/',
  }),
});
export type CreatedToken = z.output<typeof createdTokenSchema>;

/** How long a session lives without being used, unless configured otherwise. */
export const DEFAULT_SESSION_IDLE_DAYS = 30;

/** How long a one-time sign-in link printed by `kith serve` stays valid. */
export const SIGN_IN_LINK_MINUTES = 15;
