import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandModules } from '../../src/cli/commands/index.js';
import { kithBin, runKith, runKithProcess, tempDataDir } from '../support/cli.js';

/**
 * The modules a built `kith ARGS` process initialises, and the files of the scripts it
 * ran, from V8's coverage: in the CommonJS bundle the bin runs (ADR 0041) each module is
 * a function named by its path (`"src/db/repos/people.ts"() {…}`) run when it is first
 * imported.
 */
function modulesInitialisedBy(dataDir: string, args: readonly string[]): { modules: string[]; scripts: string[] } {
  const coverage = join(dataDir, 'coverage');
  const run = spawnSync(process.execPath, [kithBin(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', KITH_DATA_DIR: dataDir, NODE_V8_COVERAGE: coverage },
  });
  expect(run.status).toBe(0);
  const scripts = readdirSync(coverage).flatMap(
    (file) =>
      (
        JSON.parse(readFileSync(join(coverage, file), 'utf8')) as {
          result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
        }
      ).result,
  );
  const bundle = scripts.find((script) => script.url.endsWith('/dist/kith-cli.cjs'));
  expect(bundle).toBeDefined();
  const modules = (bundle?.functions ?? [])
    .filter((fn) => /^(src|node_modules)\/.*\.[cm]?[jt]s$/.test(fn.functionName) && (fn.ranges[0]?.count ?? 0) > 0)
    .map((fn) => fn.functionName);
  return { modules, scripts: scripts.map((script) => script.url).filter((url) => url.startsWith('file:')) };
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
    const { modules, scripts } = modulesInitialisedBy(dir, ['today']);
    expect(modules).toContain('src/db/repos/keep-in-touch.ts');
    expect(modules).toContain('src/cli/commands/keep-in-touch.ts');
    // Not the people repository (nor libphonenumber's numbering rules it brings), not the
    // migrations of a database already migrated, not zod's translations of its messages,
    // not another command's module.
    const unused = modules.filter((path) =>
      /src\/db\/repos\/people\.ts$|libphonenumber-js|src\/db\/migrations\/\d|zod\/v4\/locales\/(?!en\.js|index\.js)|src\/cli\/commands\/people\.ts/.test(
        path,
      ),
    );
    expect(unused).toEqual([]);
    // Nor the file of packages only a few commands use (the web server's, the demo's…).
    expect(scripts.filter((url) => url.endsWith('/dist/kith-vendor.cjs'))).toEqual([]);
  });

  it('runs from the code cache of the same command, and replaces a cache V8 rejects', () => {
    const dir = tempDataDir();
    expect(runKithProcess(dir, ['today']).code).toBe(0);
    const first = runKithProcess(dir, ['today']);
    const cacheDir = join(dirname(kithBin()), 'cache');
    const cache = readdirSync(cacheDir).find((file) => /^today-[0-9a-f]{16}\.v8$/.test(file));
    expect(cache).toBeDefined();
    const file = join(cacheDir, cache ?? '');
    // A cache V8 cannot use (as one of another Node would be) is read, rejected and written anew.
    writeFileSync(file, Buffer.alloc(4096, 7));
    const second = runKithProcess(dir, ['today']);
    expect([second.code, second.stdout, second.stderr]).toEqual([0, first.stdout, first.stderr]);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(runKithProcess(dir, ['today']).stdout).toBe(first.stdout);
  });
});
