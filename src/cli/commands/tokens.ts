import type { Command } from 'commander';
import { createToken } from '../../core/auth/create-token.js';
import { listTokens } from '../../core/auth/list-tokens.js';
import { revokeToken } from '../../core/auth/revoke-token.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

/** `kith tokens …`: API tokens of the local owner, for scripts calling the HTTP API. */
export function registerTokensCommands(program: Command): void {
  const tokens = program.command('tokens').description(describeCommand('tokens'));

  tokens
    .command('create')
    .description('create a token; it is shown once, only its hash is kept')
    .requiredOption('--name <name>', 'what the token is for (required)')
    .option('--dav', "an app password for a phone's address book (CardDAV at /dav/, with your email)")
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, flags: { name: string; dav?: boolean; json?: boolean }) => {
        const token = await createToken(context.deps, { name: flags.name, dav: !!flags.dav });
        if (flags.json) return printJson(token);
        cliIo().stdout.write(`${token.token}\n`);
        const what = token.kind === 'dav' ? 'App password' : 'Token';
        cliIo().stderr.write(`${what} "${token.name}" (${token.id}) created; it will not be shown again.\n`);
        if (token.kind === 'dav') {
          cliIo().stderr.write(
            `On the phone add a CardDAV account: server <this server's address>/dav/, user ${context.owner.email}, this password.\n`,
          );
        }
      }),
    );

  tokens
    .command('list')
    .description('your tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, flags: { json?: boolean }) => {
        const all = await listTokens(context.deps);
        if (flags.json) return printJson(all);
        printTable(
          all,
          [
            { header: 'NAME', value: (token) => token.name },
            { header: 'KIND', value: (token) => (token.kind === 'dav' ? 'app password' : 'api') },
            // The day is enough to know a token again; --json has the moment.
            { header: 'CREATED', value: (token) => token.createdAt.slice(0, 10) },
            { header: 'LAST USED', value: (token) => token.lastUsedAt?.slice(0, 10) },
            { header: 'ID', value: (token) => token.id },
          ],
          'No tokens yet. Make one with: kith tokens create --name "backup script"',
        );
      }),
    );

  tokens
    .command('revoke <id>')
    .description('revoke a token')
    .action(
      withContext(async (context, id: string) => {
        await revokeToken(context.deps, id);
        cliIo().stdout.write(`Revoked ${id}\n`);
      }),
    );
}
