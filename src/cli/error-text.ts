/** The one line `kith` prints for a failed command: a field named as its flag, a file error in words. */
import type { Command } from 'commander';
import { isKithError } from '../core/errors.js';
import { issuesOf } from '../core/shared/validate.js';
import { fileErrorText } from './files.js';

/**
 * Fields whose flag or argument is another word: `log --date`, `log --with`, `remind --on`,
 * `digest settings --to`, `settings phone-region <country>`.
 */
const flagNames: Record<string, string> = {
  occurredAt: 'date',
  personIds: 'with',
  dueOn: 'on',
  displayName: 'name',
  cadenceDays: 'cadence',
  address: 'to',
  phoneRegion: 'country',
  introducedById: 'introduced-by',
  keepId: 'keep',
  otherId: 'other',
  personAId: 'a',
  personBId: 'b',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A field by the name of the flag that sets it, without its dashes: displayName → name, metOn → met-on. */
export function flagWord(field: string): string {
  return flagNames[field] ?? kebab(field);
}

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

/**
 * A refused field that is one of the command's arguments rather than a flag, in the usage's
 * form: `people add ""` refuses displayName, <name>; `merge A A` otherId, <other>; `intros
 * start A A` personBId, <b>.
 */
function argumentFor(command: Command, field: string): string | null {
  const names = new Set(command.registeredArguments.map((argument) => argument.name()));
  const name = [flagNames[field], field, kebab(field)].find((word) => word !== undefined && names.has(word));
  return name ? `<${name}>` : null;
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
 * the command's flag or argument, which is what whoever typed the command knows it by.
 */
export function errorText(error: unknown, command: Command | undefined): string {
  if (isKithError(error)) {
    const named = fieldAndWords(error);
    if (!named || !command) return error.message;
    const flag = flagFor(command, named.field);
    if (flag) return `${flag}: ${named.message}`;
    // A path ("sections.people.2.birthday", a backup's) is no argument and stays as it says where to look.
    const argument = /^[a-z][A-Za-z]*$/.test(named.field) ? argumentFor(command, named.field) : null;
    return argument ? `${argument}: ${named.message}` : error.message;
  }
  return fileErrorText(error) ?? (error instanceof Error ? error.message : String(error));
}
