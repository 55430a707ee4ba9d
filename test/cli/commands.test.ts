import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandModules } from '../../src/cli/commands/index.js';
import { runKith, tempDataDir } from '../support/cli.js';

/** Each command loads only its own module (issue 17): the list in commands/index.ts must say what each module defines. */
describe('kith commands, loaded one module at a time', () => {
  it('lists in commands/index.ts exactly the top-level commands each module defines', async () => {
    for (const module of commandModules) {
      const program = new Command();
      (await module.load())(program);
      expect(program.commands.map((command) => [command.name(), command.description()])).toEqual(
        Object.entries(module.commands),
      );
    }
  });

  it('lists every command in --help, and a command’s own help from its module', async () => {
    const dir = tempDataDir();
    const help = await runKith(dir, ['--help']);
    expect(help.code).toBe(0);
    for (const name of commandModules.flatMap((module) => Object.keys(module.commands))) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    const people = await runKith(dir, ['help', 'people']);
    expect(people.stdout).toContain('Usage: kith people [options] [command]');
    expect(people.stdout).toMatch(/^ {2}add \[options\] <name>/m);
    // settings is defined by one module and added to by another: both are loaded for it.
    const settings = await runKith(dir, ['settings', '--help']);
    expect(settings.stdout).toMatch(/^ {2}timezone\b/m);
    expect(settings.stdout).toMatch(/^ {2}my-topics\b/m);
    expect((await runKith(dir, ['settings', 'my-topics', 'rust'])).code).toBe(0);
    const unknown = await runKith(dir, ['peeple', 'list']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'peeple'");
  });
});
