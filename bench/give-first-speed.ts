/**
 * `npm run bench -- give-first-speed [--million]`: how fast suggestions come from the
 * word index at scale.
 *
 * 1. `kith share ITEM` as a whole cold process beside `kith people list --search X`, at
 *    100,000 generated people on SQLite (with --million, also 1,000,000: generating them
 *    takes minutes): rounds alternate the commands, and each prints wall time, CPU time
 *    and peak memory (from /usr/bin/time when present), medians of the rounds, and the
 *    ratio share ÷ list of each round's pair (median).
 * 2. Suggestions inside a running server (`suggestRecipients`, what GET
 *    /items/:id/suggestions calls) at 100,000 people on SQLite and PostgreSQL
 *    (KITH_BENCH_DATABASE_URL): p95 of each round, median of the rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createItem } from '../src/core/items/create-item.js';
import { createPeople } from '../src/core/people/create-people.js';
import { suggestRecipients } from '../src/core/shares/suggest-recipients.js';
import type { Connection } from '../src/db/connect.js';
import { benchOwner } from './owner.js';
import { measureOnEachDatabase } from './postgres.js';
import { load, type Run, runKith, summary, verdict } from './processes.js';
import { formatMs, median, percentile } from './stats.js';

const PAGES = ['article-warehouse-automation.html', 'job-senior-data-engineer.html'];
const pagePath = (name: string) => join(process.cwd(), 'bench', 'give-first', 'pages', name);
const ROUNDS = Number(process.env.KITH_BENCH_ROUNDS ?? 5);
const SERVER_CALLS = 40;
const SERVER_PEOPLE = 100_000;

async function coldProcesses(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-share-'));
  try {
    process.stdout.write(`\ncold processes at ${people.toLocaleString('en')} people on SQLite (generating…)\n`);
    const seeded = spawnSync(process.execPath, ['dist/seed.js', '--people', String(people), '--data-dir', dir], {
      encoding: 'utf8',
    });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
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
      `  share ÷ list, paired rounds: wall ${ratio.toFixed(2)}${cpuRatios.length ? `, CPU ${median(cpuRatios).toFixed(2)}` : ''} (target at most 2.00 at 100,000: ${verdict(ratio <= 2)})\n`,
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
    rmSync(dir, { recursive: true, force: true });
  }
}

async function insideServer(label: 'sqlite' | 'postgres', connection: Connection): Promise<void> {
  const now = new Date();
  const deps = await benchOwner(connection, () => now);
  await createPeople(deps, generateNetwork({ people: SERVER_PEOPLE, seed: 42 }));
  const noFetch = async () => {
    throw new Error('no fetching in the bench');
  };
  const items = [];
  for (const page of PAGES) {
    items.push(await createItem({ ...deps, fetchPage: noFetch }, { html: readFileSync(pagePath(page), 'utf8') }));
  }
  await suggestRecipients(deps, { itemId: items[0]?.id ?? '' });
  const p95s: number[] = [];
  const cpus: number[] = [];
  const found: number[] = [];
  for (let round = 0; round < 3; round++) {
    const times: number[] = [];
    for (let call = 0; call < SERVER_CALLS; call++) {
      const item = items[call % items.length];
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const suggestions = await suggestRecipients(deps, { itemId: item?.id ?? '', limit: 10 });
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpus.push((cpu.user + cpu.system) / 1000);
      found.push(suggestions.length);
    }
    p95s.push(percentile(times, 95));
  }
  const p95 = median(p95s);
  process.stdout.write(
    `  ${label}: suggestions for an item at ${SERVER_PEOPLE.toLocaleString('en')} people: p95 ${formatMs(p95)} (median of 3 rounds of ${SERVER_CALLS}; target at most 50 ms: ${verdict(p95 <= 50)}), CPU per call median ${formatMs(median(cpus))} (in this process; the database's own work on PostgreSQL is not in it), ${Math.min(...found)}–${Math.max(...found)} suggestions; ${load()}\n`,
  );
}

export async function run(): Promise<void> {
  await coldProcesses(100_000);
  if (process.argv.includes('--million')) await coldProcesses(1_000_000);
  else process.stdout.write('\n1,000,000 people: skipped (add --million; generating them takes minutes)\n');
  process.stdout.write('\nsuggestions inside the server\n');
  await measureOnEachDatabase('give-first-speed', insideServer);
}
