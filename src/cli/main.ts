import { Readable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { CLI_EXIT_ERROR, CLI_EXIT_USAGE, isKithError } from '../core/errors.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerDailyResearchCommands } from './commands/daily-research.js';
import { registerDedupeCommands } from './commands/dedupe.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerDigestCommands } from './commands/digest.js';
import { registerEventCommands } from './commands/events.js';
import { registerExportCommands } from './commands/export.js';
import { registerImportCommands } from './commands/import.js';
import { registerInteractionCommands } from './commands/interactions.js';
import { registerIntrosCommands } from './commands/intros.js';
import { registerItemsCommands } from './commands/items.js';
import { registerKeepInTouchCommands } from './commands/keep-in-touch.js';
import { registerOrganizationCommands } from './commands/organizations.js';
import { registerPeopleCommands } from './commands/people.js';
import { registerReminderCommands } from './commands/reminders.js';
import { registerServeCommand } from './commands/serve.js';
import { registerShareCommands } from './commands/share.js';
import { registerTokensCommands } from './commands/tokens.js';
import { registerUsersCommands } from './commands/users.js';
import { type CliIo, cliIo, withCliIo } from './io.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('kith')
    .description('kith: who you met where, keeping in touch, and giving first')
    .version('0.1.0')
    .option('--data-dir <dir>', 'where the SQLite file lives (default $KITH_DATA_DIR or ~/.local/share/kith)')
    .showHelpAfterError('(run with --help for usage)')
    // Help and usage errors go where the run's output goes (set before the subcommands, which inherit it).
    .configureOutput({
      writeOut: (text) => cliIo().stdout.write(text),
      writeErr: (text) => cliIo().stderr.write(text),
    })
    .exitOverride();
  registerServeCommand(program);
  registerPeopleCommands(program);
  registerUsersCommands(program);
  registerTokensCommands(program);
  registerDemoCommand(program);
  registerInteractionCommands(program);
  registerKeepInTouchCommands(program);
  registerDailyResearchCommands(program);
  registerReminderCommands(program);
  registerItemsCommands(program);
  registerShareCommands(program);
  registerIntrosCommands(program);
  registerImportCommands(program);
  registerExportCommands(program);
  registerBackupCommands(program);
  registerDedupeCommands(program);
  registerCalendarCommands(program);
  registerDigestCommands(program);
  registerEventCommands(program);
  registerOrganizationCommands(program);
  return program;
}

/** Exit 0 on success, 1 on an error (one line on stderr), 2 on bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
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
    const { stderr, env } = cliIo();
    stderr.write(`kith: ${message.split('\n')[0]}\n`);
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
