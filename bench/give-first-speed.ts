/**
 * `npm run bench -- give-first-speed [--million] [--server-only] [--no-vacuum]`: how fast suggestions
 * come from the word index at scale.
 *
 * 1. `kith share ITEM` as a whole cold process beside `kith people list --search X`, at
 *    100,000 generated people on SQLite (with --million, also 1,000,000: generating them
 *    takes minutes): rounds alternate the commands, and each prints wall time, CPU time
 *    and peak memory (from /usr/bin/time when present), medians of the rounds, and the
 *    ratio share ÷ list of each round's pair (median).
 * 2. `GET /api/v1/items/:id/suggestions` inside the app `kith serve` builds (app.inject,
 *    with an API token) at 100,000 people on SQLite and PostgreSQL
 *    (KITH_BENCH_DATABASE_URL), alternating in each round with `GET /people?q=kafka` on
 *    the same app as a reference: p95 of each round, median of the rounds, CPU beside
 *    wall, and the paired ratio. PostgreSQL's tables are vacuumed after the load, as
 *    autovacuum would (--no-vacuum: measured straight after it).
 *
 * KITH_BENCH_SHARE_DIR=DIR keeps the generated SQLite data dir of the cold-process part
 * (DIR/100000, DIR/1000000) and reuses it on the next run: generating takes minutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createToken } from '../src/core/auth/create-token.js';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createItem } from '../src/core/items/create-item.js';
import type { Item } from '../src/core/items/schema.js';
import { createPeople } from '../src/core/people/create-people.js';
import type { Connection } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { buildApp } from '../src/server/app.js';
import { benchOwner } from './owner.js';
import { measureOnEachDatabase, vacuumAnalyzeSchema } from './postgres.js';
import { load, processCpuMs, type Run, runKith, summary, verdict } from './processes.js';
import { formatMs, median, percentile } from './stats.js';

const PAGES = ['article-warehouse-automation.html', 'job-senior-data-engineer.html'];
const pagePath = (name: string) => join(process.cwd(), 'bench', 'give-first', 'pages', name);
const ROUNDS = Number(process.env.KITH_BENCH_ROUNDS ?? 5);
const SERVER_CALLS = 40;
const SERVER_ROUNDS = 3;
const SERVER_PEOPLE = 100_000;

/** A data dir with `people` generated people and the bench's items: kept under KITH_BENCH_SHARE_DIR when set. */
function seededDir(people: number): { dir: string; kept: boolean } {
  const keep = process.env.KITH_BENCH_SHARE_DIR;
  const dir = keep ? join(keep, String(people)) : mkdtempSync(join(tmpdir(), 'kith-bench-share-'));
  const ready = join(dir, 'seeded');
  if (keep && existsSync(ready)) {
    process.stdout.write(`  reusing ${dir}\n`);
    return { dir, kept: true };
  }
  if (keep) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  process.stdout.write('  generating…\n');
  const seeded = spawnSync(process.execPath, ['dist/seed.js', '--people', String(people), '--data-dir', dir], {
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  if (keep) spawnSync('touch', [ready]);
  return { dir, kept: Boolean(keep) };
}

async function coldProcesses(people: number): Promise<void> {
  process.stdout.write(`\ncold processes at ${people.toLocaleString('en')} people on SQLite\n`);
  const { dir, kept } = seededDir(people);
  try {
    const items = PAGES.map((page) => {
      const added = spawnSync(process.execPath, ['dist/kith.js', 'items', 'add', '--file', pagePath(page), '--json'], {
        env: { ...process.env, KITH_DATA_DIR: dir },
        encoding: 'utf8',
      });
      return (JSON.parse(added.stdout) as { id: string }).id;
    });
    process.stdout.write(`  ${load()} before\n`);
    const list: Run[] = [];
    const share: Run[] = [];
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer page cache.
      const item = items[round % items.length] as string;
      const pair: Run[] = [];
      for (const which of round % 2 === 0 ? ['list', 'share'] : ['share', 'list']) {
        const run =
          which === 'list' ? runKith(dir, ['people', 'list', '--search', 'kafka']) : runKith(dir, ['share', item]);
        (which === 'list' ? list : share).push(run);
        pair[which === 'list' ? 0 : 1] = run;
      }
      const [listRun, shareRun] = pair as [Run, Run];
      ratios.push(shareRun.wallMs / listRun.wallMs);
      if (shareRun.cpuMs !== null && listRun.cpuMs !== null) cpuRatios.push(shareRun.cpuMs / listRun.cpuMs);
    }
    process.stdout.write(`  kith people list --search kafka: ${summary(list)} (median of ${ROUNDS})\n`);
    process.stdout.write(`  kith share ITEM:                 ${summary(share)} (median of ${ROUNDS})\n`);
    const ratio = median(ratios);
    process.stdout.write(
      `  share ÷ list, paired rounds: wall ${ratio.toFixed(2)}${cpuRatios.length ? `, CPU ${median(cpuRatios).toFixed(2)}` : ''}${people === 100_000 ? ` (target at most 2.00 at 100,000: ${verdict(ratio <= 2)})` : ''}\n`,
    );
    if (people >= 1_000_000) {
      const wall = median(share.map((run) => run.wallMs));
      const peak = Math.max(...share.map((run) => run.peakMiB ?? 0));
      process.stdout.write(
        `  at 1,000,000: share wall ${formatMs(wall)} (target under 1 s: ${verdict(wall < 1000)}), peak ${peak.toFixed(0)} MiB (target under 250 MiB: ${verdict(peak < 250)})\n`,
      );
    }
    process.stdout.write(`  ${load()} after\n`);
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

type Call = { wallMs: number; cpuMs: number };

/**
 * PostgreSQL's own CPU, which `process.cpuUsage` does not see: the pool's backends are
 * listed by opening all its connections at once, and their user and system time read
 * from /proc (Linux, a database on this machine; null elsewhere). Ticks are 10 ms, so
 * only sums over many calls mean anything.
 */
async function postgresBackends(connection: Connection): Promise<number[] | null> {
  if (connection.dialect !== 'postgres') return null;
  const rows = await Promise.all(
    Array.from({ length: 10 }, () =>
      sql<{ pid: number }>`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)`.execute(connection.db),
    ),
  );
  const pids = [...new Set(rows.map((result) => Number(result.rows[0]?.pid)))];
  return pids.every((pid) => existsSync(`/proc/${pid}/stat`)) ? pids : null;
}

/** Each backend's CPU so far, in ms; a backend the pool has closed is missing. */
function backendCpuMs(pids: readonly number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== null) used.set(pid, ms);
  }
  return used;
}

/** CPU the backends used between two readings, counting only those in both. */
function backendCpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? ms);
  return total;
}

async function timedGet(app: Awaited<ReturnType<typeof buildApp>>, url: string, token: string): Promise<Call> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function insideServer(label: 'sqlite' | 'postgres', connection: Connection): Promise<void> {
  const now = new Date();
  const deps = await benchOwner(connection, () => now);
  await createPeople(deps, generateNetwork({ people: SERVER_PEOPLE, seed: 42 }));
  if (connection.dialect === 'postgres' && !process.argv.includes('--no-vacuum')) {
    // As autovacuum would soon after a bulk load (the bench's server may run without it):
    // person_word's visibility map set, so its range scans are index-only (ADR 0037).
    await vacuumAnalyzeSchema(connection);
  }
  const noFetch = async () => {
    throw new Error('no fetching in the bench');
  };
  const items: Item[] = [];
  for (const page of PAGES) {
    items.push(await createItem({ ...deps, fetchPage: noFetch }, { html: readFileSync(pagePath(page), 'utf8') }));
  }
  const app = await buildApp({ repos: createRepos(connection), logger: false });
  const { token } = await createToken(deps, { name: 'bench' });
  const suggestionsUrl = (call: number) => `/api/v1/items/${items[call % items.length]?.id}/suggestions?limit=10`;
  // A page of 100, as the search answered by default before ADR 0042, so the ratio compares with earlier runs.
  const searchUrl = '/api/v1/people?q=kafka&limit=100';
  // warm-up: a running server, not a cold start
  await timedGet(app, suggestionsUrl(0), token);
  await timedGet(app, searchUrl, token);
  const p95s: number[] = [];
  const searchP95s: number[] = [];
  const cpus: number[] = [];
  const ratios: number[] = [];
  const backends = await postgresBackends(connection);
  let backendMs = 0;
  let backendCalls = 0;
  for (let round = 0; round < SERVER_ROUNDS; round++) {
    const suggestions: number[] = [];
    const searches: number[] = [];
    for (let call = 0; call < SERVER_CALLS; call++) {
      // paired: each suggestions call beside a search, the order alternating
      const order = call % 2 === 0 ? ['suggest', 'search'] : ['search', 'suggest'];
      for (const which of order) {
        const before = backends && which === 'suggest' ? backendCpuMs(backends) : null;
        const timed = await timedGet(app, which === 'suggest' ? suggestionsUrl(call) : searchUrl, token);
        if (which === 'suggest') {
          suggestions.push(timed.wallMs);
          cpus.push(timed.cpuMs);
          if (backends && before) {
            backendMs += backendCpuBetween(before, backendCpuMs(backends));
            backendCalls++;
          }
        } else searches.push(timed.wallMs);
      }
    }
    p95s.push(percentile(suggestions, 95));
    searchP95s.push(percentile(searches, 95));
    ratios.push(percentile(suggestions, 95) / percentile(searches, 95));
  }
  await app.close();
  const p95 = median(p95s);
  process.stdout.write(
    `  ${label}: GET /items/:id/suggestions at ${SERVER_PEOPLE.toLocaleString('en')} people: p95 ${formatMs(p95)} (median of ${SERVER_ROUNDS} rounds of ${SERVER_CALLS}; target at most 50 ms: ${verdict(p95 <= 50)}), CPU per call median ${formatMs(median(cpus))}, p95 ${formatMs(percentile(cpus, 95))}${backends ? ` in this process, PostgreSQL's backends ${formatMs(backendMs / Math.max(1, backendCalls))} per call on average` : ''}; GET /people?q=kafka p95 ${formatMs(median(searchP95s))}, suggestions ÷ search ${median(ratios).toFixed(2)}; ${load()}\n`,
  );
}

export async function run(): Promise<void> {
  // --server-only: just the suggestions inside the server (the cold processes take minutes on a loaded machine)
  if (!process.argv.includes('--server-only')) {
    await coldProcesses(100_000);
    if (process.argv.includes('--million')) await coldProcesses(1_000_000);
    else process.stdout.write('\n1,000,000 people: skipped (add --million; generating them takes minutes)\n');
  }
  process.stdout.write('\nsuggestions inside the server\n');
  await measureOnEachDatabase('give-first-speed', insideServer);
}
