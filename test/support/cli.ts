import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const builtBin = join(import.meta.dirname, '..', '..', 'dist', 'kith.js');

/**
 * The built bin, as a user runs it, for the tests that start a process of their own
 * (`kith serve`, a crash, a pipe): `npm test` builds it first; run alone, such a test says so.
 */
export function kithBin(): string {
  if (!existsSync(builtBin)) throw new Error('dist/kith.js is missing: run `npm run build:server` first');
  return builtBin;
}

/**
 * A test run's environment: the local SQLite database, no colours, and no COLUMNS, so
 * tables are as wide as their cells whatever terminal the tests were started from.
 */
function cliEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: '', NO_COLOR: '1', COLUMNS: '', ...env };
}

export type CliResult = { code: number; stdout: string; stderr: string; json<T = unknown>(): T };

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kith-test-'));
}

/**
 * Runs `kith --data-dir DIR ...args` in this process (`runCli`, the bin's own `main` with
 * the run's environment, stdin and collected output) and returns its exit code and output:
 * a spawned Node process per command cost a CLI test most of its time. `input` is stdin.
 */
export async function runKith(
  dataDir: string,
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const result = await runCli(['--data-dir', dataDir, ...args], {
    stdin: options.input,
    env: cliEnv(options.env),
  });
  return {
    ...result,
    json<T>() {
      return JSON.parse(result.stdout) as T;
    },
  };
}

/** `runKith` for a step that must succeed: nothing on stderr and exit 0, or the test fails there. */
export async function runKithOk(dataDir: string, args: readonly string[]): Promise<CliResult> {
  const result = await runKith(dataDir, args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result;
}

/**
 * `runKith` as a user runs it: the built bin (dist/kith.js, which `npm test` builds first) in
 * a process of its own, for the smoke tests of the bin itself (start-up, exit codes, a crash).
 */
export function runKithProcess(
  dataDir: string,
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const result = spawnSync(process.execPath, [kithBin(), '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: cliEnv(options.env),
  });
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    json<T>() {
      return JSON.parse(result.stdout) as T;
    },
  };
}

/** `runKith` as a child process that runs beside others (a server, another command). */
export function runKithAsync(
  dataDir: string | undefined,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [kithBin(), ...(dataDir ? ['--data-dir', dataDir] : []), ...args], {
    env: cliEnv(options.env),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve) => {
    child.once('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        json<T>() {
          return JSON.parse(stdout) as T;
        },
      }),
    );
  });
}
