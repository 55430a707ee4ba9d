/**
 * `npm run bench -- cli [--million]`: kith commands as a person runs them, each a whole
 * cold process, at 100,000 generated people on SQLite (1,000,000 with --million; it takes
 * minutes to generate). Beside them, in the same alternating rounds: `node -e 0` (what any
 * Node program costs to start) and a raw better-sqlite3 query for the same answer. Each
 * figure is the median of the rounds; each ratio is the median of the rounds' own ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type Run, runKith, summary, timeProcess, verdict } from './processes.js';
import { median } from './stats.js';

const ROUNDS = Number(process.env.KITH_BENCH_ROUNDS ?? 5);

/** Reads one person by id straight from the file, as kith's `people show ID` answers. */
const RAW_SHOW = `const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { readonly: true });
process.stdout.write(JSON.stringify(db.prepare('SELECT * FROM person WHERE id = ?').get(process.argv[2])));`;

type Case = { label: string; run: () => Run };

export async function run(): Promise<void> {
  const people = process.argv.includes('--million') ? 1_000_000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'kith-bench-cli-'));
  try {
    process.stdout.write(`${people.toLocaleString('en')} generated people on SQLite (generating…)\n`);
    const seeded = spawnSync(process.execPath, ['dist/seed.js', '--people', String(people), '--data-dir', dir], {
      encoding: 'utf8',
    });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    const listed = spawnSync(process.execPath, ['dist/kith.js', 'people', 'list', '--limit', '1', '--json'], {
      env: { ...process.env, KITH_DATA_DIR: dir },
      encoding: 'utf8',
    });
    const [someone] = JSON.parse(listed.stdout) as { id: string; displayName: string }[];
    if (!someone) throw new Error(`no person to show: ${listed.stderr}`);

    const cases: Case[] = [
      { label: 'node -e 0', run: () => timeProcess(process.execPath, ['-e', '0']) },
      { label: 'kith --help', run: () => runKith(dir, ['--help']) },
      { label: 'kith today', run: () => runKith(dir, ['today']) },
      { label: 'kith people list --search ada', run: () => runKith(dir, ['people', 'list', '--search', 'ada']) },
      { label: 'kith people show ID', run: () => runKith(dir, ['people', 'show', someone.id]) },
      { label: 'kith people show NAME', run: () => runKith(dir, ['people', 'show', someone.displayName]) },
      {
        label: 'raw better-sqlite3: person by id',
        run: () => timeProcess(process.execPath, ['-e', RAW_SHOW, join(dir, 'kith.db'), someone.id]),
      },
    ];
    process.stdout.write(`${load()} before; ${ROUNDS} rounds, the order reversed every other round\n`);
    const runs = new Map<string, Run[]>(cases.map((entry) => [entry.label, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const entry of round % 2 === 0 ? cases : [...cases].reverse()) runs.get(entry.label)?.push(entry.run());
    }
    for (const entry of cases)
      process.stdout.write(`  ${entry.label.padEnd(34)} ${summary(runs.get(entry.label) ?? [])}\n`);

    /** The median over the rounds of a ÷ b, for wall time and for CPU time. */
    const ratio = (a: string, b: string) => {
      const pairs = (runs.get(a) ?? []).map((run, round) => [run, runs.get(b)?.[round]] as const);
      const wall = median(pairs.map(([x, y]) => x.wallMs / (y?.wallMs ?? Number.NaN)));
      const cpus = pairs.flatMap(([x, y]) => (x.cpuMs && y?.cpuMs ? [x.cpuMs / y.cpuMs] : []));
      return { wall, text: `wall ${wall.toFixed(2)}${cpus.length ? `, CPU ${median(cpus).toFixed(2)}` : ''}` };
    };
    const targets: [string, string, number][] = [
      ['kith --help', 'node -e 0', 2],
      ['kith today', 'node -e 0', 3],
      ['kith people show NAME', 'kith people show ID', 1.25],
      ['kith people show ID', 'raw better-sqlite3: person by id', Number.POSITIVE_INFINITY],
    ];
    for (const [a, b, target] of targets) {
      const { wall, text } = ratio(a, b);
      const goal = Number.isFinite(target) ? ` (target at most ${target.toFixed(2)}: ${verdict(wall <= target)})` : '';
      process.stdout.write(`  ${a} ÷ ${b}, paired rounds: ${text}${goal}\n`);
    }
    process.stdout.write(`${load()} after\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
