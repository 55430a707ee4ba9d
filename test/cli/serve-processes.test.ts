import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runKithAsync, runKithOk, tempDataDir } from '../support/cli.js';
import { serve, serveKith } from '../support/serve.js';

/** The running children of a process (Linux). */
function childrenOf(pid: number | undefined): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('kith serve --processes', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
  });

  it('serves one database from several processes, prints once, replaces one that stops, and stops them all', async () => {
    const dir = tempDataDir();
    const started = await serve(dir, ['--processes', '2']);
    children.push(started.child);
    expect(started.output).toContain('2 server processes share the port');
    expect(started.output.match(/\/auth\/link\//g)).toHaveLength(1);
    const workers = childrenOf(started.child.pid);
    expect(workers).toHaveLength(2);

    // Every process answers from the one database: what the CLI writes, each request sees.
    const signedIn = await fetch(started.link ?? '', { redirect: 'manual' });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await runKithOk(dir, ['people', 'add', 'Ada Okafor']);
    for (let i = 0; i < 10; i++) {
      // A new connection each time, so the processes take turns.
      const page = await fetch(`${started.base}/api/v1/people?q=ada`, { headers: { cookie, connection: 'close' } });
      expect(
        ((await page.json()) as { items: { displayName: string }[] }).items.map((person) => person.displayName),
      ).toEqual(['Ada Okafor']);
    }

    process.kill(workers[0] ?? 0, 'SIGKILL');
    await expect
      .poll(() => childrenOf(started.child.pid).filter((pid) => pid !== workers[0]), { timeout: 30_000 })
      .toHaveLength(2);
    expect((await fetch(`${started.base}/api/health`)).status).toBe(200);

    const now = childrenOf(started.child.pid);
    started.child.kill('SIGTERM');
    expect(await exited(started.child)).toBe(0);
    for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('refuses a count that is not a whole number from 1 to 64, and stops when its processes cannot listen', async () => {
    const dir = tempDataDir();
    const zero = await runKithAsync(dir, ['serve', '--port', '0', '--processes', '0']);
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toMatch(/--processes: must be a whole number from 1 to 64/);

    const taken = await serveKith(dir);
    children.push(taken.child);
    const port = new URL(taken.base).port;
    const second = await runKithAsync(tempDataDir(), ['serve', '--port', port, '--processes', '2']);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/EADDRINUSE|address already in use/);
    expect(second.stderr).toMatch(/a server process stopped before it listened/);
  });
});
