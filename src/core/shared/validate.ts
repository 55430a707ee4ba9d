import type * as z from 'zod';
import { KithError } from '../errors.js';
import { counted } from './text.js';

export type FieldIssue = { field: string; message: string };

/**
 * Parses input with a use-case's schema; a failure names the field in the message
 * ("emails.0.value: Invalid email address") and lists every issue in details.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, path?: string): z.output<S> {
  const result = schema.safeParse(input, { error: plainWords });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: [path, ...issue.path.map(String)].filter(Boolean).join('.') || 'input',
    message: issue.message,
  }));
  throw validationError(issues);
}

type ZodIssue = z.core.$ZodRawIssue;

/**
 * Words for the issues zod would otherwise word itself ("Too small: expected number to be
 * >=1", "Invalid input: expected number, received NaN"), which reached the command line and
 * the API as they were; a schema's own message still wins. Undefined leaves zod's.
 */
export function plainWords(issue: ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small': {
      const least = issue.inclusive === false ? 'more than' : 'at least';
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be ${least} ${counted(Number(issue.minimum), 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have ${least} ${counted(Number(issue.minimum), 'entry', 'entries')}`;
      return `must be ${least} ${String(issue.minimum)}`;
    }
    case 'too_big': {
      const most = issue.inclusive === false ? 'less than' : 'at most';
      if (issue.origin === 'string') return `must be ${most} ${counted(Number(issue.maximum), 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have ${most} ${counted(Number(issue.maximum), 'entry', 'entries')}`;
      return `must be ${most} ${String(issue.maximum)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
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
