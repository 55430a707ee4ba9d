import type { Command } from 'commander';
import { type CliContext, type GlobalOptions, openContext } from './context.js';

/**
 * Runs a command's action with an open context and closes it afterwards; errors
 * propagate to main, which prints one line and sets the exit code.
 */
export function withContext<A extends unknown[]>(
  action: (context: CliContext, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const command = args.at(-1) as Command;
    const context = await openContext(command.optsWithGlobals<GlobalOptions>());
    try {
      await action(context, ...args);
    } finally {
      await context.close();
    }
  };
}
