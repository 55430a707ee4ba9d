import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A fresh clone must pass `npm test` with nothing beside it, so no test, helper or
 * benchmark may name a file outside the repository: not `../shared/fixtures`, not an
 * absolute path of this machine. Sample files live in `test/fixtures/`.
 */
const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** Machine folders a checkout never contains; a literal naming one reads outside the repository. */
const machinePath = /^\/(work|home|root|Users|mnt|srv|opt|var|data)\//;

/** Paths built from the file's own folder: `join(import.meta.dirname, '..', 'x')`. */
const fromOwnFolder = /(?:join|resolve)\(\s*(?:import\.meta\.dirname|__dirname)((?:\s*,\s*'[^']*')+)\s*\)/g;

/** String literals that are not module specifiers (`from '…'`, `import('…')`). */
const literal = /(?<!from\s|import\()(['"`])((?:\.\.\/|\/)[^'"`\s]*)\1/g;

/** Every path a file names that leaves the repository, with the line it is on. */
function pathsLeavingRepository(file: string, text: string): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const outside = (path: string) => relative(root, path).startsWith('..') || isAbsolute(relative(root, path));
  for (const match of text.matchAll(fromOwnFolder)) {
    const parts = [...(match[1] ?? '').matchAll(/'([^']*)'/g)].map((part) => part[1] ?? '');
    if (outside(join(dirname(file), ...parts))) found.push(`line ${lineOf(match.index)}: ${match[0]}`);
  }
  for (const match of text.matchAll(literal)) {
    const path = match[2] ?? '';
    const leaves = machinePath.test(path) || (path.startsWith('../') && outside(resolve(dirname(file), path)));
    if (leaves || path.includes('shared/fixtures')) found.push(`line ${lineOf(match.index)}: ${match[0]}`);
  }
  return found;
}

describe('the repository stands alone', () => {
  it('names no file outside it in tests, helpers, sources or benchmarks', () => {
    const files = ['test', 'src', 'bench']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => file !== import.meta.filename);
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      pathsLeavingRepository(file, readFileSync(file, 'utf8')).map((where) => `${relative(root, file)} ${where}`),
    );
    expect(offending).toEqual([]);
  });

  it('catches the ways a test reached the shared samples before', () => {
    const file = join(root, 'test', 'support', 'example.ts');
    expect(
      pathsLeavingRepository(file, "join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures')"),
    ).toHaveLength(1);
    expect(pathsLeavingRepository(file, "const pages = '/work/shared/fixtures/pages';")).toHaveLength(1);
    expect(pathsLeavingRepository(file, "readFileSync('../shared/fixtures/a.csv')")).toHaveLength(1);
    expect(pathsLeavingRepository(file, "join(import.meta.dirname, '..', 'fixtures')")).toEqual([]);
    expect(pathsLeavingRepository(file, "import { x } from '../shared/ids.js';")).toEqual([]);
  });
});
