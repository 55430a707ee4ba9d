import { AsyncLocalStorage } from 'node:async_hooks';

/** Where a command writes: process.stdout and process.stderr, or a caller's collector. */
export type CliStream = { write(chunk: string): unknown; isTTY?: boolean; columns?: number };

/** What one run of the CLI reads and writes besides its arguments and files. */
export type CliIo = {
  stdout: CliStream;
  stderr: CliStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  env: NodeJS.ProcessEnv;
};

const runs = new AsyncLocalStorage<CliIo>();

/**
 * The streams and environment of the run in progress: the process's own for `kith`, or
 * those `runCli` was given (tests run commands in-process, several files at a time).
 */
export function cliIo(): CliIo {
  return runs.getStore() ?? { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Runs fn with these streams and environment as the CLI's, for everything it awaits. */
export function withCliIo<T>(io: CliIo, fn: () => Promise<T>): Promise<T> {
  return runs.run(io, fn);
}
