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

/** The message of a failed command, one line: `--met-on: must be a date…`, `/tmp/x: no such file or folder`. */
export function errorText(error: unknown, command: Command | undefined): string {
  if (isKithError(error)) {
    const [issue] = issuesOf(error.details);
    const flag = issue && command ? flagFor(command, issue.field) : null;
    return flag && issue ? `${flag}: ${issue.message}` : error.message;
  }
  return fileErrorText(error) ?? (error instanceof Error ? error.message : String(error));
}
