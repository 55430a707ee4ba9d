import { Argument, type Command } from 'commander';
import { addUser } from '../../core/auth/add-user.js';
import { changePassword } from '../../core/auth/change-password.js';
import { createSignInLink } from '../../core/auth/create-sign-in-link.js';
import { findUser } from '../../core/auth/find-user.js';
import { listUsers } from '../../core/auth/list-users.js';
import { removeUser } from '../../core/auth/remove-user.js';
import { getServerSettings } from '../../core/server-settings/get-server-settings.js';
import { updateServerSettings } from '../../core/server-settings/update-server-settings.js';
import type { CliContext } from '../context.js';
import { cliIo } from '../io.js';
import { printJson, printTable } from '../output.js';
import { readPassword } from '../password-input.js';
import { withContext } from '../run.js';
import { describeCommand } from './index.js';

const accountsOf = (context: CliContext) => ({ repos: context.repos, now: context.deps.now });

/** `kith users …`: accounts, managed on the machine that holds the data (no sign-in needed). */
export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description(describeCommand('users'));

  users
    .command('add <email>')
    .description('add an account; the password comes from stdin or a prompt')
    .option('--admin', 'may manage accounts')
    .option('--name <name>', 'display name')
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, email: string, flags: { admin?: boolean; name?: string; json?: boolean }) => {
        const password = await readPassword(true);
        const user = await addUser(accountsOf(context), {
          email,
          password,
          displayName: flags.name,
          isAdmin: Boolean(flags.admin),
        });
        if (flags.json) printJson(user);
        else cliIo().stdout.write(`Added ${user.email}${user.isAdmin ? ' (admin)' : ''} (${user.id})\n`);
      }),
    );

  users
    .command('list')
    .description('every account')
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, flags: { json?: boolean }) => {
        const all = await listUsers(accountsOf(context));
        if (flags.json) return printJson(all);
        printTable(all, [
          { header: 'EMAIL', value: (user) => user.email },
          { header: 'NAME', value: (user) => user.displayName },
          { header: 'ADMIN', value: (user) => (user.isAdmin ? 'yes' : '') },
          { header: 'ID', value: (user) => user.id },
        ]);
      }),
    );

  users
    .command('rm <user>')
    .description('remove an account (email or id) and everything it owns')
    .action(
      withContext(async (context, key: string) => {
        const user = await removeUser(accountsOf(context), key);
        cliIo().stdout.write(`Removed ${user.email}\n`);
      }),
    );

  users
    .command('passwd <user>')
    .description('set the password of an account (email or id); signs out all its sessions')
    .action(
      withContext(async (context, key: string) => {
        const accounts = accountsOf(context);
        const user = await findUser(accounts, key);
        const newPassword = await readPassword(true);
        await changePassword(accounts, user, { newPassword }, { requireCurrent: false });
        cliIo().stdout.write(`Changed the password of ${user.email}; its sessions are signed out\n`);
      }),
    );

  users
    .command('link [user]')
    .description('print a one-time sign-in link (15 minutes) for an account, the owner by default')
    .option('--base <url>', 'where kith serve listens', 'http://127.0.0.1:4321')
    .action(
      withContext(async (context, key: string | undefined, flags: { base: string }) => {
        const accounts = accountsOf(context);
        const user = key ? await findUser(accounts, key) : context.owner;
        const token = await createSignInLink(accounts, user.id);
        cliIo().stdout.write(`${flags.base.replace(/\/+$/, '')}/auth/link/${token}\n`);
      }),
    );

  users
    .command('sign-up')
    .description('whether anyone may create an account on the sign-in page of `kith serve` (off by default)')
    .addArgument(new Argument('[state]', 'turn it on or off; without it, say which it is').choices(['on', 'off']))
    .option('--json', 'print JSON')
    .action(
      withContext(async (context, state: 'on' | 'off' | undefined, flags: { json?: boolean }) => {
        const settings = state
          ? await updateServerSettings(accountsOf(context), { signUp: state === 'on' }, null)
          : await getServerSettings(accountsOf(context));
        if (flags.json) return printJson(settings);
        cliIo().stdout.write(
          settings.signUp ? 'Sign-up is on: anyone can create an account\n' : 'Sign-up is off: admins add accounts\n',
        );
      }),
    );
}
