import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sample files in test/fixtures (see their README for the facts each one tests). */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(fixturesDir, path), 'utf8');
}
