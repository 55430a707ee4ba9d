import * as z from 'zod';
import { KithError } from '../errors.js';

export type Page<T> = { items: T[]; nextCursor: string | null };

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(500).optional(),
});

/** Cursors are opaque to clients: the sort key and id of the last row, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw new KithError('VALIDATION_FAILED', 'cursor: is not a cursor this server issued');
}
