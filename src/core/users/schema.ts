import * as z from 'zod';
import { emailSchema, optionalText } from '../shared/fields.js';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string().nullable(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
});
export type User = z.output<typeof userSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  displayName: optionalText(200),
  isAdmin: z.boolean().default(false),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** The account a single-user install works as, created on first run. */
export const LOCAL_USER_EMAIL = 'owner@localhost';
