import { type ChildProcess, spawn } from 'node:child_process';
import { kithBin } from './cli.js';

export type ServedKith = { child: ChildProcess; base: string; output(): string; stop(): Promise<void> };

/**
 * Starts a real `kith serve --port 0` (the built bin) on a data dir, or on PostgreSQL
 * when env.DATABASE_URL says so, and resolves once it prints where it listens.
 */
export function serveKith(dataDir: string, env: NodeJS.ProcessEnv = {}, flags: string[] = []): Promise<ServedKith> {
  const child = spawn(process.execPath, [kithBin(), '--data-dir', dataDir, 'serve', '--port', '0', ...flags], {
    env: { ...process.env, DATABASE_URL: '', KITH_LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const collect = (chunk: unknown) => {
      output += String(chunk);
      const base = output.match(/serving (http:\/\/\S+)/)?.[1];
      if (base) resolve({ child, base, output: () => output, stop });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code) => reject(new Error(`kith serve exited with ${code}: ${output}`)));
  });
}

export type Started = { child: ChildProcess; output: string; base: string; link?: string };

/** Starts `kith serve --port 0` on SQLite with flags, and waits for its address (and the link, if any, printed with it). */
export async function serve(dir: string, flags: string[] = []): Promise<Started> {
  const served = await serveKith(dir, {}, flags);
  const output = served.output();
  const link = output.match(/(http:\/\/\S+\/auth\/link\/\S+)/)?.[1];
  return { child: served.child, output, base: served.base, ...(link ? { link } : {}) };
}
