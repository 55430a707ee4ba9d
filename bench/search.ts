/**
 * `npm run bench -- search [--million]`: people search as a person types it, at 100,000
 * generated people (1,000,000 with --million), on SQLite and, when KITH_BENCH_DATABASE_URL
 * is set, PostgreSQL. Queries: 1-4 letter starts of given names, family names and email
 * addresses, whole names, company words, topics, and a family-name start with a title
 * word. Each kind's p50/p95/p99 and CPU per search, the load, and the target (p95 at
 * most 20 ms, p99 at most 50 ms) with met or MISSED.
 *
 * PostgreSQL's tables are vacuumed after the load, as autovacuum would.
 *
 * The SQLite file is kept (under KITH_BENCH_KEEP_DIR when set, as the other benches keep
 * theirs, else in the temporary folder) and reused by the next run with the same
 * size (KITH_BENCH_FRESH=1 makes it anew): a million people take minutes to generate.
 * With KITH_BENCH_KEEP_DIR the PostgreSQL schema is kept too, as the today bench keeps
 * its own; KITH_BENCH_ONLY=postgres skips SQLite.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en, Faker } from '@faker-js/faker';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { searchPeople } from '../src/core/people/list-people.js';
import type { CreatePersonInput } from '../src/core/people/schema.js';
import type { Deps } from '../src/core/repos.js';
import { type Connection, connect } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { workerThreads } from '../src/threads/off-thread.js';
import { benchOwner } from './owner.js';
import { type Kept, measureOnPostgres, vacuumAnalyzeSchema } from './postgres.js';
import { load, verdict } from './processes.js';
import { formatMs, percentile } from './stats.js';

const MILLION = process.argv.includes('--million');
const PEOPLE = Number(process.env.KITH_BENCH_PEOPLE ?? (MILLION ? 1_000_000 : 100_000));
const BATCH = 100_000;
const PER_KIND = Number(process.env.KITH_BENCH_SEARCHES ?? 200);
const TARGET = { p95: 20, p99: 50 };

type Kind = { name: string; query: (person: CreatePersonInput, faker: Faker) => string };

const start = (text: string | undefined, faker: Faker) =>
  (text ?? '').slice(0, faker.number.int({ min: 1, max: 4 })).toLowerCase();

const kinds: Kind[] = [
  { name: 'given name, 1-4 letters', query: (p, faker) => start(p.givenName ?? p.displayName, faker) },
  { name: 'family name, 1-4 letters', query: (p, faker) => start(p.familyName ?? p.displayName, faker) },
  { name: 'email, 1-4 letters', query: (p, faker) => start(p.emails?.[0]?.value, faker) },
  {
    name: 'email, 5-8 letters',
    query: (p, faker) => (p.emails?.[0]?.value ?? '').slice(0, faker.number.int({ min: 5, max: 8 })),
  },
  { name: 'whole name', query: (p) => p.displayName },
  { name: 'company word', query: (p) => (p.company ?? 'logistics').split(' ')[0] ?? 'data' },
  { name: 'topic', query: (p, faker) => faker.helpers.arrayElement(p.topics ?? ['forecasting']) },
  {
    name: 'family start and title',
    query: (p) => `${(p.familyName ?? '').slice(0, 4)} ${(p.title ?? '').split(' ')[0]}`,
  },
];

/** The network in batches (each its own seed), so a million inputs are never in memory at once. */
function* batches(): Generator<CreatePersonInput[]> {
  for (let done = 0; done < PEOPLE; done += BATCH) {
    yield generateNetwork({ people: Math.min(BATCH, PEOPLE - done), seed: 1 + done / BATCH });
  }
}

async function fill(deps: Deps): Promise<void> {
  const started = performance.now();
  for (const batch of batches()) {
    await createPeople(deps, batch);
    process.stdout.write(`  generated ${(await deps.repos.people.count()).toLocaleString('en-US')} people\r`);
  }
  process.stdout.write(`\n  in ${formatMs(performance.now() - started)}\n`);
}

/** The same owner's deps on a kept SQLite file, filled on the first run of this size. */
async function keptSqlite(): Promise<{ connection: Connection; deps: Deps }> {
  const dir = join(process.env.KITH_BENCH_KEEP_DIR ?? tmpdir(), `kith-bench-search-${PEOPLE}`);
  if (process.env.KITH_BENCH_FRESH === '1') rmSync(dir, { recursive: true, force: true });
  const reuse = existsSync(join(dir, 'ready'));
  if (!reuse) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
  if (reuse) {
    const owner = await connection.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    process.stdout.write(`sqlite: reusing ${dir} (KITH_BENCH_FRESH=1 makes it anew)\n`);
    return { connection, deps: { repos: createRepos(connection).forOwner(owner.id), now: () => new Date() } };
  }
  const deps = { ...(await benchOwner(connection, () => new Date())), offThread: workerThreads() };
  await fill(deps);
  mkdirSync(join(dir, 'ready'));
  return { connection, deps };
}

async function measure(label: string, deps: Deps): Promise<void> {
  const faker = new Faker({ locale: [en], seed: 42 });
  const sample = generateNetwork({ people: 2_000, seed: 1 });
  const all: number[] = [];
  const allCpu: number[] = [];
  const slowest: { query: string; cpuMs: number }[] = [];
  process.stdout.write(
    `${label}: ${PEOPLE.toLocaleString('en-US')} people, ${PER_KIND} searches of each kind (wall, then CPU of this process), ${load()}\n`,
  );
  for (const kind of kinds) {
    const queries = Array.from({ length: PER_KIND }, () => kind.query(faker.helpers.arrayElement(sample), faker));
    for (const query of queries.slice(0, 10)) await searchPeople(deps, { query });
    const wall: number[] = [];
    const cpu: number[] = [];
    for (const query of queries) {
      const cpuBefore = process.cpuUsage();
      const began = performance.now();
      await searchPeople(deps, { query });
      wall.push(performance.now() - began);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      slowest.push({ query, cpuMs: cpu.at(-1) ?? 0 });
    }
    all.push(...wall);
    allCpu.push(...cpu);
    process.stdout.write(
      `  ${kind.name.padEnd(26)} wall p50 ${formatMs(percentile(wall, 50))}, p95 ${formatMs(percentile(wall, 95))}, p99 ${formatMs(percentile(wall, 99))}; ` +
        `CPU p50 ${formatMs(percentile(cpu, 50))}, p95 ${formatMs(percentile(cpu, 95))}, p99 ${formatMs(percentile(cpu, 99))}\n`,
    );
  }
  const p95 = percentile(all, 95);
  const p99 = percentile(all, 99);
  process.stdout.write(
    `  all ${all.length} searches: wall p50 ${formatMs(percentile(all, 50))}, p95 ${formatMs(p95)} (target ${TARGET.p95} ms: ${verdict(p95 <= TARGET.p95)}), ` +
      `p99 ${formatMs(p99)} (target ${TARGET.p99} ms: ${verdict(p99 <= TARGET.p99)}); ` +
      `CPU p50 ${formatMs(percentile(allCpu, 50))}, p95 ${formatMs(percentile(allCpu, 95))}, p99 ${formatMs(percentile(allCpu, 99))}; ${load()}\n`,
  );
  const worst = slowest.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 8);
  process.stdout.write(`  most CPU: ${worst.map((entry) => `"${entry.query}" ${formatMs(entry.cpuMs)}`).join(', ')}\n`);
}

/** The same owner's deps on a kept PostgreSQL schema (`kept.ready` names the owner), else filled now. */
async function filledPostgres(pg: Connection, kept: Kept | null): Promise<Deps> {
  if (kept?.ready) {
    const { ownerId } = JSON.parse(kept.ready) as { ownerId: string };
    process.stdout.write('postgres: reusing the people loaded by an earlier run (KITH_BENCH_KEEP_DIR)\n');
    return { repos: createRepos(pg).forOwner(ownerId), now: () => new Date() };
  }
  const owner = { ...(await benchOwner(pg, () => new Date())), offThread: workerThreads() };
  await fill(owner);
  await vacuumAnalyzeSchema(pg);
  kept?.markReady(JSON.stringify({ ownerId: owner.repos.ownerId }));
  return owner;
}

export async function run(): Promise<void> {
  if (process.env.KITH_BENCH_ONLY !== 'postgres') {
    const { connection, deps } = await keptSqlite();
    try {
      await measure('sqlite', deps);
    } finally {
      await connection.close();
    }
  }
  await measureOnPostgres(`search-${PEOPLE}`, async (pg, kept) => measure('postgres', await filledPostgres(pg, kept)));
}
