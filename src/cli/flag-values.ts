import { type Command, InvalidArgumentError } from 'commander';

/**
 * Parsers of numeric flags: a value that is not a number at all is bad usage (exit 2, with
 * commander's line naming the flag); one out of range is left to the use case's schema, which
 * names the range (exit 1), as the API does.
 */
export function wholeNumber(value: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

export function decimalNumber(value: string): number {
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) throw new InvalidArgumentError('must be a number');
  return Number(value);
}

/**
 * A preAction hook of an edit command: given nothing to change it is bad usage (exit 2),
 * where it said "Updated" and changed nothing. Only flags typed on the command line count,
 * --json aside.
 */
export function requireAChange(edit: Command): void {
  const changes = edit.options.filter(
    (option) => option.attributeName() !== 'json' && edit.getOptionValueSource(option.attributeName()) === 'cli',
  );
  if (changes.length === 0) {
    edit.error(`kith ${edit.parent?.name()} ${edit.name()}: say what to change (see --help for the flags)`, {
      exitCode: 2,
    });
  }
}
