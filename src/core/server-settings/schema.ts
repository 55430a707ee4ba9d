import * as z from 'zod';

/** Settings of the server, not of one user: an admin changes them (ADR 0011). */
export const serverSettingsSchema = z.object({
  signUp: z.boolean().meta({ description: 'Anyone may create an account on the sign-in page' }),
});
export type ServerSettings = z.output<typeof serverSettingsSchema>;

/** Off until an admin turns it on: a server is private unless its admin opens it. */
export const defaultServerSettings: ServerSettings = { signUp: false };

export const updateServerSettingsSchema = z.object({ signUp: z.boolean().optional() }).strict();
export type UpdateServerSettingsInput = z.input<typeof updateServerSettingsSchema>;
