#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CLI_EXIT_ERROR, CLI_EXIT_USAGE, isKithError } from '../core/errors.js';
import { commandModules } from './commands/index.js';

/**
 * The program for these arguments: the module of the command asked for, and only that
 * one; without a known command (`kith`, `kith --help`), every command as a one-line entry.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command()
    .name('kith')
    .description('kith: who you met where, keeping in touch, and giving first')
    .version('0.1.0')
    .option('--data-dir <dir>', 'where the SQLite file lives (default $KITH_DATA_DIR or ~/.local/share/kith)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const name = commandName(argv);
  const wanted = commandModules.find((module) => name !== undefined && name in module.commands);
  if (wanted) {
    (await wanted.load())(program);
  } else {
    for (const module of commandModules) {
      for (const [command, description] of Object.entries(module.commands)) {
        program.command(command).description(description);
      }
    }
  }
  return program;
}

/** The top-level command named in the arguments (after `help`, the one help is asked for). */
function commandName(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg, index) => !arg.startsWith('-') && argv[index - 1] !== '--data-dir');
  return words[0] === 'help' ? words[1] : words[0];
}

/** Exit 0 on success, 1 on an error (one line on stderr), 2 on bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv);
  program.commands.forEach(function exitOverrideEverywhere(command: Command) {
    command.exitOverride();
    command.commands.forEach(exitOverrideEverywhere);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version also arrive here, with exit code 0
      return error.exitCode === 0 ? 0 : CLI_EXIT_USAGE;
    }
    const message = isKithError(error) ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`kith: ${message.split('\n')[0]}\n`);
    if (!isKithError(error) && process.env.KITH_DEBUG) console.error(error);
    return CLI_EXIT_ERROR;
  }
}

// `kith people list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
