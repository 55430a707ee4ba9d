import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Contact files written in the shape of real exporters (Outlook, Android, iPhone, Gmail…), kept in the repository. */
export const exporterFixturesDir = join(import.meta.dirname, '..', 'fixtures', 'exporters');

export function exporterFixture(name: string): string {
  return readFileSync(join(exporterFixturesDir, name), 'utf8');
}
