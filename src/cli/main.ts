#!/usr/bin/env node
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
import { registerHealthCommand } from './commands/health.js';
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

export function buildProgram(): Command {
  const program = new Command()
    .name('kith')
    .description('kith: who you met where, keeping in touch, and giving first')
    .version('0.1.0')
    .option('--data-dir <dir>', 'where the SQLite file lives (default $KITH_DATA_DIR or ~/.local/share/kith)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerServeCommand(program);
  registerPeopleCommands(program);
  registerUsersCommands(program);
  registerTokensCommands(program);
  registerDemoCommand(program);
  registerInteractionCommands(program);
  registerKeepInTouchCommands(program);
  registerDailyResearchCommands(program);
  registerHealthCommand(program);
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
