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
  throw validationError(issues);
}

/** A refusal naming its first field in the message and listing every issue in details, as forms and the CLI read them. */
function validationError(issues: readonly FieldIssue[]): KithError {
  const first = issues[0] ?? { field: 'input', message: 'Invalid input' };
  return new KithError('VALIDATION_FAILED', `${first.field}: ${first.message}`, { issues });
}

/** The field issues a refusal's details list (none for other errors). */
export function issuesOf(details: unknown): FieldIssue[] {
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
}

/** A refusal of one field, shaped as parseInput's (the forms mark the field): "endsOn: must not be before the start". */
export function invalidField(field: string, message: string): KithError {
  return validationError([{ field, message }]);
}
