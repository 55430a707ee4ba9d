import type { Command } from 'commander';
import { createToken } from '../../core/auth/create-token.js';
import { listTokens } from '../../core/auth/list-tokens.js';
import { revokeToken } from '../../core/auth/revoke-token.js';
import { printJson, printTable } from '../output.js';
import { withContext } from '../run.js';

/** `kith tokens …`: API tokens of the local owner, for scripts calling the HTTP API. */
export function registerTokensCommands(program: Command): void {
  const tokens = program.command('tokens').description('API tokens (Authorization: Bearer) for scripts');

  tokens
    .command('create')
    .description('create a token; it is shown once, only its hash is kept')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, flags: { name: string; json?: boolean }) => {
        const token = await createToken(context.deps, { name: flags.name });
        if (flags.json) return printJson(token);
        process.stdout.write(`${token.token}\n`);
        process.stderr.write(`Token "${token.name}" (${token.id}) created; it will not be shown again.\n`);
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
        printTable(all, [
          { header: 'NAME', value: (token) => token.name },
          { header: 'CREATED', value: (token) => token.createdAt },
          { header: 'LAST USED', value: (token) => token.lastUsedAt },
          { header: 'ID', value: (token) => token.id },
        ]);
      }),
    );

  tokens
    .command('revoke <id>')
    .description('revoke a token')
    .action(
      withContext(async (context, id: string) => {
        await revokeToken(context.deps, id);
        process.stdout.write(`Revoked ${id}\n`);
      }),
    );
}
