/**
 * Whole processes, timed as a person waits for them: wall time from here, CPU and peak
 * memory from /usr/bin/time (when the machine has it), beside the load average.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { formatMs, median } from './stats.js';

const TIME = '/usr/bin/time';

export type Run = { wallMs: number; cpuMs: number | null; peakMiB: number | null };

export const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`;

export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

/**
 * A process's user and system CPU so far, in ms, from /proc (Linux): utime and stime,
 * fields 14 and 15 of its stat (12 and 13 after the command name), in ticks of 10 ms.
 * Null when it cannot be read: the process is gone, or this is not Linux.
 */
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
  } catch {
    return null;
  }
}

/** Runs a command to its end; a failure throws with its stderr. */
export function timeProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const timed = existsSync(TIME);
  const [file, argv] = timed ? [TIME, ['-f', 'kith-time %U %S %M', command, ...args]] : [command, [...args]];
  const start = performance.now();
  const result = spawnSync(file, argv, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const line = result.stderr.split('\n').find((entry) => entry.startsWith('kith-time '));
  if (!line) return { wallMs, cpuMs: null, peakMiB: null };
  const [, user, system, peakKb] = line.split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMiB: (peakKb ?? 0) / 1024 };
}

/** One whole `kith` process on a data dir. */
export function runKith(dataDir: string, args: readonly string[]): Run {
  return timeProcess(process.execPath, ['dist/kith.js', ...args], { KITH_DATA_DIR: dataDir });
}

export function summary(runs: readonly Run[]): string {
  const cpu = runs.flatMap((run) => (run.cpuMs === null ? [] : [run.cpuMs]));
  const peak = runs.flatMap((run) => (run.peakMiB === null ? [] : [run.peakMiB]));
  return `wall ${formatMs(median(runs.map((run) => run.wallMs)))}${cpu.length ? `, CPU ${formatMs(median(cpu))}` : ''}${peak.length ? `, peak ${Math.max(...peak).toFixed(0)} MiB` : ''}`;
}

/** `kith serve` on a data dir and port, the bundled bin beside the bundled bench (dist/kith.js), once it answers. */
export async function startServer(dataDir: string, port: number, flags: string[] = []): Promise<ChildProcess> {
  const bin = join(dirname(process.argv[1] ?? '.'), 'kith.js');
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve', '--port', String(port), ...flags], {
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: '' },
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`kith serve did not start on port ${port}`);
}
