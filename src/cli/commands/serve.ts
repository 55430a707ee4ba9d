import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import { describeCommand } from './index.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(describeCommand('serve'))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '4321')
    .option('--allow-sign-up', 'let anyone create an account on the web (off by default; or KITH_ALLOW_SIGN_UP=1)')
    .option(
      '--processes <n>',
      'server processes sharing the port, to use more cores (default 1, or KITH_SERVE_PROCESSES)',
    )
    .action(
      async (flags: { host: string; port: string; allowSignUp?: boolean; processes?: string }, command: Command) => {
        // Loaded only here, so other commands do not pay for the web server's start-up.
        const { startServer } = await import('../../server/main.js');
        await startServer({
          host: flags.host,
          port: Number(flags.port),
          processes: Number(flags.processes ?? process.env.KITH_SERVE_PROCESSES ?? 1),
          dataDir: command.optsWithGlobals<GlobalOptions>().dataDir,
          ...(flags.allowSignUp ? { allowSignUp: true } : {}),
        });
      },
    );
}
