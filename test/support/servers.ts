import { type ChildProcess, spawn } from 'node:child_process';
import { describe } from 'vitest';
import { kithBin } from './cli.js';
import { createTestSchema, postgresUrl } from './databases.js';

/** A real `kith serve` process (the built bin) listening on a free port. */
export type ServeProcess = {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** What it printed on stdout so far. */
  output: () => string;
  child: ChildProcess;
  stop(): Promise<void>;
};

export type ServeOptions = {
  /** SQLite: the data dir. */
  dataDir?: string;
  /** PostgreSQL: the database URL and the schema to work in. */
  postgres?: { url: string; schema: string };
  flags?: readonly string[];
  env?: NodeJS.ProcessEnv;
};

/** The environment a `kith` process needs for this database (SQLite data dir or PostgreSQL schema). */
export function databaseEnv(options: Pick<ServeOptions, 'postgres'>): NodeJS.ProcessEnv {
  return options.postgres
    ? { DATABASE_URL: options.postgres.url, KITH_DATABASE_SCHEMA: options.postgres.schema }
    : { DATABASE_URL: '' };
}

/** Starts `kith serve --port 0` and resolves once it prints where it listens. */
export function startServe(options: ServeOptions = {}): Promise<ServeProcess> {
  const args = [kithBin(), ...(options.dataDir ? ['--data-dir', options.dataDir] : []), 'serve', '--port', '0'];
  const child = spawn(process.execPath, [...args, ...(options.flags ?? [])], {
    env: { ...process.env, KITH_LOG_LEVEL: 'warn', ...databaseEnv(options), ...options.env },
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const base = output.match(/serving (http:\/\/\S+)/)?.[1];
      if (!base) return;
      resolve({
        base,
        output: () => output,
        child,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`kith serve exited with ${code}: ${output}${errors}`)));
  });
}

export type ServerPair = {
  servers: [ServeProcess, ServeProcess];
  postgres: { url: string; schema: string };
  /** The server for the nth request: requests alternate between the two. */
  next(): ServeProcess;
  close(): Promise<void>;
};

/**
 * Two `kith serve` processes on one new PostgreSQL schema, as behind a load balancer
 * (for any feature that keeps state across requests: it must hold with two). Needs
 * KITH_TEST_DATABASE_URL; the first start migrates the schema before the second starts.
 */
export async function startServerPair(options: Omit<ServeOptions, 'postgres' | 'dataDir'> = {}): Promise<ServerPair> {
  if (!postgresUrl) throw new Error('KITH_TEST_DATABASE_URL is not set');
  const { schema, drop } = await createTestSchema(postgresUrl);
  const postgres = { url: postgresUrl, schema };
  const first = await startServe({ ...options, postgres });
  const second = await startServe({ ...options, postgres }).catch(async (error) => {
    await first.stop();
    throw error;
  });
  let turn = 0;
  return {
    servers: [first, second],
    postgres,
    next() {
      turn += 1;
      return turn % 2 === 1 ? first : second;
    },
    async close() {
      await Promise.all([first.stop(), second.stop()]);
      await drop();
    },
  };
}

/**
 * A suite that needs PostgreSQL (two servers share state only there): skipped, and said
 * so by name, without KITH_TEST_DATABASE_URL, as the repository suites are.
 */
export function describeWithPostgres(name: string, suite: () => void): void {
  if (postgresUrl) {
    describe(name, suite);
    return;
  }
  console.warn(`${name}: skipped, set KITH_TEST_DATABASE_URL=postgres://… to run it.`);
  describe.skip(`${name} (skipped: KITH_TEST_DATABASE_URL is not set)`, suite);
}
