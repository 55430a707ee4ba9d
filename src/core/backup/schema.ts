import * as z from 'zod';

export const BACKUP_FORMAT = 'kith-backup';
export const BACKUP_VERSION = 1;

/** The envelope of a JSON backup; each section's content is checked by that section's schema. */
export const backupDocumentSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
  version: z.literal(BACKUP_VERSION, { error: `must be ${BACKUP_VERSION} (this kith reads version 1)` }),
  exportedAt: z.string(),
  sections: z.record(z.string(), z.unknown()),
});
export type BackupDocument = z.output<typeof backupDocumentSchema>;

export const restoreSummarySchema = z.object({
  sections: z.record(z.string(), z.number()),
});
export type RestoreSummary = z.output<typeof restoreSummarySchema>;
