import { type ChildProcess, spawn } from 'node:child_process';
import { kithBin } from './cli.js';

export type Started = { child: ChildProcess; output: string; base: string; link?: string };

/** Starts `kith serve --port 0` and waits until it prints where it listens (and the link, if any, with it). */
export function serve(dir: string, flags: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [kithBin, '--data-dir', dir, 'serve', '--port', '0', ...flags], {
    env: { ...process.env, DATABASE_URL: '', KITH_LOG_LEVEL: 'warn' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const base = output.match(/serving (http:\/\/\S+)/)?.[1];
      const link = output.match(/(http:\/\/\S+\/auth\/link\/\S+)/)?.[1];
      // kith serve prints its address and the link in one write
      if (base) resolve({ child, output, base, ...(link ? { link } : {}) });
    });
    child.once('exit', (code) => reject(new Error(`kith serve exited with ${code}: ${output}`)));
  });
}
