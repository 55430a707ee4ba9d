import * as z from 'zod';

export const exportFormats = ['vcard', 'csv', 'google-csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportContactsSchema = z.object({
  format: z.enum(exportFormats, { error: `must be one of ${exportFormats.join(', ')}` }),
  vcardVersion: z.enum(['3.0', '4.0'], { error: 'must be 3.0 or 4.0' }).default('3.0'),
});
export type ExportContactsInput = z.input<typeof exportContactsSchema>;

/**
 * A file ready to save: what it is, what to call it, its text, and how many people it
 * holds (the CLI says so when it saves it).
 */
export type ExportFile = { contentType: string; filename: string; body: string; people: number };
