import { readFileSync, writeFileSync } from 'node:fs';
import { KithError } from '../core/errors.js';

/** Reads a file the user named; a missing or unreadable file is one clear error. */
export function readUserFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new KithError('NOT_FOUND', `${path}: ${reason}`);
  }
}

/** Writes to --out FILE, or to stdout when no file is named. */
export function writeOutput(content: string, out: string | undefined): void {
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
}
