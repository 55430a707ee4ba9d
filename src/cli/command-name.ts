/** The top-level command named in the arguments (after `help`, the one help is asked for). */
export function commandName(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg, index) => !arg.startsWith('-') && argv[index - 1] !== '--data-dir');
  return words[0] === 'help' ? words[1] : words[0];
}
