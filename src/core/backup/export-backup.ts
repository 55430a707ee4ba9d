import type { Deps } from '../repos.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from './schema.js';
import { backupSections } from './sections.js';

/** Everything the owner has, as one versioned document, read in one transaction so it is consistent. */
export async function exportBackup(deps: Deps): Promise<BackupDocument> {
  return deps.repos.transaction(async (repos) => {
    const sections: Record<string, unknown> = {};
    for (const section of backupSections) sections[section.name] = await section.export(repos);
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: deps.now().toISOString(), sections };
  });
}

/** The document as it is written to a file: stable key order, two-space indent, a final newline. */
export function serializeBackup(document: BackupDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
