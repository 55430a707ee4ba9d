import type * as z from 'zod';
import { KithError } from '../errors.js';

export type FieldIssue = { field: string; message: string };

/**
 * Parses input with a use-case's schema; a failure names the field in the message
 * ("emails.0.value: Invalid email address") and lists every issue in details.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, path?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: [path, ...issue.path.map(String)].filter(Boolean).join('.') || 'input',
    message: issue.message,
  }));
  const first = issues[0] ?? { field: 'input', message: 'Invalid input' };
  throw new KithError('VALIDATION_FAILED', `${first.field}: ${first.message}`, { issues });
}

/** A refusal of one field, shaped as parseInput's (the forms mark the field): "endsOn: must not be before the start". */
export function invalidField(field: string, message: string): KithError {
  return new KithError('VALIDATION_FAILED', `${field}: ${message}`, { issues: [{ field, message }] });
}
