import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandModules } from '../../src/cli/commands/index.js';
import { kithBin, runKith, tempDataDir } from '../support/cli.js';

/** The source files of every bundle file a built `kith ARGS` process loads, from the bundle's source maps. */
function sourcesLoadedBy(dataDir: string, args: readonly string[]): string[] {
  // A module hook that names each file loaded, run in the process through --import.
  writeFileSync(
    join(dataDir, 'hooks.mjs'),
    "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('loaded ' + url + '\\n'); return next(url, context); }\n",
  );
  writeFileSync(
    join(dataDir, 'register.mjs'),
    "import { register } from 'node:module'; register('./hooks.mjs', import.meta.url);\n",
  );
  const run = spawnSync(process.execPath, ['--import', join(dataDir, 'register.mjs'), kithBin(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', KITH_DATA_DIR: dataDir },
  });
  expect(run.status).toBe(0);
  const files = [...run.stderr.matchAll(/^loaded (file:\S+)$/gm)].map((match) => fileURLToPath(match[1] ?? ''));
  expect(files).toContain(kithBin());
  return files.flatMap((file) => {
    const map = `${file}.map`;
    return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
  });
}

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

  it('starts kith today without what the daily list never uses', async () => {
    const dir = tempDataDir();
    // The first run creates and migrates the database; the one looked at starts as every later one does.
    expect((await runKith(dir, ['today'])).code).toBe(0);
    const sources = sourcesLoadedBy(dir, ['today']);
    expect(sources.some((source) => source.endsWith('src/db/repos/keep-in-touch.ts'))).toBe(true);
    // Not the people repository (nor libphonenumber's numbering rules it brings), not the
    // migrations of a database already migrated, not zod's translations of its messages.
    const unused = sources.filter((source) =>
      /src\/db\/repos\/people\.ts$|libphonenumber-js|src\/db\/migrations\/\d|zod\/v4\/locales\/(?!en\.js)/.test(source),
    );
    expect(unused).toEqual([]);
  });
});
