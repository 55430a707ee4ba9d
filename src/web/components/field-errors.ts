import { ApiError } from '../api/client.js';

export type FieldIssue = { field: string; message: string };

/** Field names as a form calls them; anything else is the name split into words. */
const labels: Record<string, string> = {
  displayName: 'Name',
  givenName: 'First name',
  familyName: 'Last name',
  company: 'Organization',
  emails: 'Email',
  phones: 'Phone',
  links: 'Link',
  howMet: 'Where you met',
  metOn: 'Met on',
  startsOn: 'Starts',
  endsOn: 'Ends',
  dueOn: 'Due date',
  occurredAt: 'When',
  url: 'Web address',
  inner: 'Inner circle cadence',
  close: 'Close cadence',
  regular: 'Regular cadence',
  acquaintance: 'Acquaintance cadence',
  dailyListSize: 'Daily list size',
  personAId: 'First person',
  personBId: 'Second person',
  personId: 'Person',
  newPassword: 'New password',
  currentPassword: 'Current password',
};

/** The field a path names, in words: "body.newPerson.displayName" → "Name", "emails.0.value" → "Email". */
export function fieldLabel(path: string): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part) && part !== 'value');
  const name = parts.at(-1) ?? 'input';
  if (labels[name]) return labels[name];
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The last named segment of a path, the key a form field is known by. */
export function fieldKey(path: string): string {
  return (
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part) && part !== 'value')
      .at(-1) ?? ''
  );
}

const rewrites: [RegExp, string][] = [
  [/^must not be empty$/, "can't be empty"],
  [/^is not a valid email address$/, "isn't a valid email address"],
  [/^Invalid input: expected \w+, received undefined$/, 'is required'],
  [/^Invalid email address$/i, "isn't a valid email address"],
  [/^Too big: expected string to have <=(\d+) characters$/, 'is too long (at most $1 characters)'],
  [/^Too small: expected string to have >=(\d+) characters$/, 'is too short (at least $1 characters)'],
  [/^Too big: expected number to be <=(\d+)$/, 'must be $1 or less'],
  [/^Too small: expected number to be >=(\d+)$/, 'must be $1 or more'],
  [/^Invalid input: expected (\w+), received (\w+)$/, 'must be a $1'],
];

/** A form's own words for some fields, where the shared ones would not fit ("text" of a reminder is "Remind me to"). */
export type FieldNames = Record<string, string>;

/** One issue as a sentence: "Name can't be empty". */
export function humanIssue(issue: FieldIssue, names: FieldNames = {}): string {
  let message = issue.message;
  for (const [pattern, replacement] of rewrites) {
    if (pattern.test(message)) {
      message = message.replace(pattern, replacement);
      break;
    }
  }
  return `${names[fieldKey(issue.field)] ?? fieldLabel(issue.field)} ${message}`;
}

/** The field issues an API error carries, if it is a validation error. */
export function issuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.field === 'string' &&
      typeof issue.message === 'string',
  );
}

/** The sentence for one form field (by its name), or undefined: for the message under that field. */
export function fieldError(error: unknown, name: string, names?: FieldNames): string | undefined {
  const issue = issuesOf(error).find((candidate) => fieldKey(candidate.field) === name);
  return issue ? humanIssue(issue, names) : undefined;
}

/** What an error says to a person: validation issues in words, else the server's message. */
export function errorText(error: unknown, names?: FieldNames): string {
  const issues = issuesOf(error);
  if (issues.length > 0) return [...new Set(issues.map((issue) => humanIssue(issue, names)))].join('. ');
  if (error instanceof ApiError) return error.message;
  // fetch rejects with a TypeError when no answer came at all; its message ("Failed to
  // fetch", "Load failed") is the browser's, not something a person can act on.
  if (error instanceof TypeError) return unreachableText();
  if (error instanceof Error) return `Could not reach kith: ${error.message}`;
  return 'Something went wrong';
}

/** Why kith gave no answer, in words: the phone is offline, or the server did not answer. */
export function unreachableText(): string {
  // Read through globalThis: this module is also checked (and unit tested) without the DOM.
  const offline = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
  return offline
    ? 'You are offline: this needs a connection to kith. Try again when you are back online.'
    : 'Could not reach kith. Check the connection and try again.';
}

/** The props that tie a field to its message: aria-invalid and aria-describedby while it has one. */
export function fieldProps(error: unknown, name: string, messageId: string) {
  const message = fieldError(error, name);
  return message ? { 'aria-invalid': true, 'aria-describedby': messageId } : {};
}
