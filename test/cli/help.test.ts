import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandModules } from '../../src/cli/commands/index.js';
import { buildProgram } from '../../src/cli/main.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

/** Every command below `command`, by its full name ("interactions show"). */
function subcommands(command: Command, prefix = ''): [string, Command][] {
  return command.commands.flatMap((sub) => {
    const name = `${prefix}${sub.name()}`;
    return [[name, sub] as [string, Command], ...subcommands(sub, `${name} `)];
  });
}

describe('kith --help', () => {
  it('says what every command and subcommand does', async () => {
    const undescribed: string[] = [];
    for (const name of commandModules.flatMap((module) => Object.keys(module.commands))) {
      const program = await buildProgram([name]);
      for (const [full, command] of subcommands(program)) {
        if (full !== 'help' && command.description().trim() === '') undescribed.push(full);
      }
    }
    // interactions show and rm, drift accept and dismiss had none.
    expect(undescribed).toEqual([]);
  });

  it('names DATABASE_URL beside --data-dir', async () => {
    const help = await runKith(tempDataDir(), ['--help']);
    expect(help.stdout).toMatch(/DATABASE_URL=postgres/);
  });

  it('shows when a calendar link was made in words, not as a stored moment', async () => {
    const dir = tempDataDir();
    expect((await runKith(dir, ['calendar', 'link'])).code).toBe(0);
    const status = (await runKithOk(dir, ['calendar'])).stdout;
    expect(status).toMatch(/^Made: +[A-Z][a-z]+ \d{1,2}, \d{4}$/m);
    expect(status).not.toMatch(/T\d{2}:\d{2}/);
  });
});
