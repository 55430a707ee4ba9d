import { Readable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { CLI_EXIT_ERROR, CLI_EXIT_USAGE, isKithError } from '../core/errors.js';
import { commandName } from './command-name.js';
import { commandModules, modulesFor } from './commands/index.js';
import { errorText } from './error-text.js';
import { type CliIo, cliIo, withCliIo } from './io.js';

/**
 * The program for these arguments: the module of the command asked for, and only that
 * one; without a known command (`kith`, `kith --help`), every command as a one-line entry.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command()
    .name('kith')
    .description('kith: who you met where, keeping in touch, and giving first')
    .version('0.1.0')
    .option(
      '--data-dir <dir>',
      'where the SQLite file lives (default $KITH_DATA_DIR or ~/.local/share/kith); with DATABASE_URL=postgres://… set, kith uses that PostgreSQL database instead',
    )
    .showHelpAfterError('(run with --help for usage)')
    // Help and usage errors go where the run's output goes (set before the subcommands, which inherit it).
    .configureOutput({
      writeOut: (text) => cliIo().stdout.write(text),
      writeErr: (text) => cliIo().stderr.write(text),
    })
    .exitOverride();
  const name = commandName(argv);
  const wanted = name === undefined ? [] : modulesFor(name);
  if (wanted.length > 0) {
    for (const module of wanted) (await module.load())(program);
  } else {
    for (const module of commandModules) {
      for (const [command, description] of Object.entries(module.commands)) {
        program.command(command).description(description);
      }
    }
  }
  return program;
}

/** Exit 0 on success, 1 on an error (one line on stderr), 2 on bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv);
  program.commands.forEach(function exitOverrideEverywhere(command: Command) {
    command.exitOverride();
    command.commands.forEach(exitOverrideEverywhere);
  });
  // The command whose action ran: a refused field is named by its flag.
  let ran: Command | undefined;
  program.hook('preAction', (_program, action) => {
    ran = action;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version also arrive here, with exit code 0
      return error.exitCode === 0 ? 0 : CLI_EXIT_USAGE;
    }
    const { stderr, env } = cliIo();
    stderr.write(`kith: ${errorText(error, ran).split('\n')[0]}\n`);
    if (!isKithError(error) && env.KITH_DEBUG) {
      if (stderr === process.stderr) console.error(error);
      else stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    }
    return CLI_EXIT_ERROR;
  }
}

/** What one in-process run of `kith` gave: its exit code and everything it wrote. */
export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs `kith ARGV` in this process, as the bin does, with its own environment and stdin
 * (text, read as piped) and its output collected: what tests call instead of spawning a
 * process per command (`kith.ts` is the bin). Several runs may overlap: each sees only
 * its own streams.
 */
export async function runCli(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: options.env ?? process.env,
  };
  const code = await withCliIo(io, () => main(argv));
  return { code, stdout, stderr };
}
