/** The one line `kith` prints for a failed command: a field named as its flag, a file error in words. */
import type { Command } from 'commander';
import { isKithError } from '../core/errors.js';
import { issuesOf } from '../core/shared/validate.js';
import { fileErrorText } from './files.js';

/** Fields whose flag is another word: `log --date`, `log --with`, `remind --on`, `digest settings --to`. */
const flagNames: Record<string, string> = {
  occurredAt: 'date',
  personIds: 'with',
  dueOn: 'on',
  displayName: 'name',
  address: 'to',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The command's flag for a field a use case refused ("metOn" → --met-on, "emails.0.value"
 * → --email, "startsOn" → --starts), by its named parts, last first: as written, singular,
 * by another word, or by its first word; null when the command has none (the field then
 * keeps its own name).
 */
export function flagFor(command: Command, field: string): string | null {
  const flags = new Set(command.options.map((option) => option.long).filter(Boolean));
  const parts = field.split('.').filter((part) => !/^\d+$/.test(part) && part !== 'value');
  for (const part of parts.reverse()) {
    const names = [kebab(part), kebab(part).replace(/s$/, ''), flagNames[part], kebab(part).split('-')[0]];
    const flag = names.map((name) => `--${name}`).find((name) => flags.has(name));
    if (flag) return flag;
  }
  return null;
}

/** A refused field that is one of the command's arguments rather than a flag: `people add ""` refuses displayName, <name>. */
function argumentFor(command: Command, field: string): string | null {
  const names = new Set(command.registeredArguments.map((argument) => argument.name()));
  const name = flagNames[field] ?? kebab(field);
  return names.has(name) ? name : null;
}

/**
 * The field a refusal names first and its words: from its issues, or from a message that
 * starts with a field ("status: cannot go from asked-a to made", a conflict).
 */
function fieldAndWords(error: { message: string; details?: unknown }): { field: string; message: string } | null {
  const [issue] = issuesOf(error.details);
  if (issue) return issue;
  const named = /^([a-z][A-Za-z]*): (.+)$/s.exec(error.message);
  return named ? { field: named[1] ?? '', message: named[2] ?? '' } : null;
}

/**
 * The message of a failed command, one line: `--met-on: must be a date…`, `/tmp/x: no such
 * file or folder`. A field the use case names (for the API and the web's forms) is said as
 * the command's flag or argument. A refused plain field the command has no word for
 * ("personBId") is left out, as it means nothing to whoever typed the command; a path
 * ("sections.people.2.birthday", a backup's) stays, as it says where to look.
 */
export function errorText(error: unknown, command: Command | undefined): string {
  if (isKithError(error)) {
    const named = fieldAndWords(error);
    if (!named || !command) return error.message;
    const flag = flagFor(command, named.field);
    if (flag) return `${flag}: ${named.message}`;
    const argument = argumentFor(command, named.field);
    if (argument) return `${argument}: ${named.message}`;
    const refusal = issuesOf(error.details).length > 0;
    const plain =
      refusal && /^[a-z][A-Za-z]*$/.test(named.field) && error.message === `${named.field}: ${named.message}`;
    return plain ? named.message : error.message;
  }
  return fileErrorText(error) ?? (error instanceof Error ? error.message : String(error));
}
