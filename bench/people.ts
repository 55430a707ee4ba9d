/**
 * Issue 2's benchmark: bulk create of 100,000 generated people through the use-case, beside
 * the same rows inserted with raw better-sqlite3 statements in one transaction, in paired
 * rounds; then 1,000 realistic searches (p50/p95/p99). PostgreSQL too when
 * KITH_BENCH_DATABASE_URL is set. It has no target: issue 17 retired the 20,000 people/s
 * goal (nobody waits on a bulk create; the import's whole-process target is what a person
 * sees, `bench/import.ts`), and search has its own benchmark (`bench/search.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en, Faker } from '@faker-js/faker';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { buildPerson } from '../src/core/people/create-person.js';
import type { CreatePersonInput } from '../src/core/people/schema.js';
import type { Deps } from '../src/core/repos.js';
import { type Connection, connect } from '../src/db/connect.js';
import { workerThreads } from '../src/threads/off-thread.js';
import { benchOwner } from './owner.js';
import { withPostgresSchema } from './postgres.js';
import { load } from './processes.js';
import { rawInsertPeople } from './raw-people.js';
import { formatMs, median, percentile, timeMs } from './stats.js';

const PEOPLE = Number(process.env.KITH_BENCH_PEOPLE ?? 100_000);
const SEARCHES = 1_000;
const ROUNDS = Number(process.env.KITH_BENCH_ROUNDS ?? 3);

async function ownerDeps(connection: Connection): Promise<Deps> {
  const deps = await benchOwner(connection, () => new Date(), { isAdmin: true });
  return { ...deps, offThread: workerThreads() };
}

/** Queries a person would type: name starts, full names, companies, topics, titles, email fragments. */
function realisticQueries(inputs: readonly CreatePersonInput[], count: number): string[] {
  const faker = new Faker({ locale: [en], seed: 99 });
  return Array.from({ length: count }, () => {
    const p = faker.helpers.arrayElement(inputs);
    switch (faker.number.int(5)) {
      case 0:
        return (p.givenName ?? p.displayName).slice(0, faker.number.int({ min: 3, max: 5 }));
      case 1:
        return p.displayName;
      case 2:
        return (p.company ?? 'logistics').split(' ')[0] ?? 'data';
      case 3:
        return faker.helpers.arrayElement(p.topics ?? ['forecasting']);
      case 4:
        return `${(p.familyName ?? '').slice(0, 4)} ${(p.title ?? '').split(' ')[0]}`;
      default:
        return (p.emails?.[0]?.value ?? 'example').split('@')[0]?.slice(0, 6) ?? 'exam';
    }
  });
}

/** People per second of a bulk create that took `ms`. */
const rate = (count: number, ms: number) => count / (ms / 1000);

async function measureSearches(label: string, deps: Deps, inputs: readonly CreatePersonInput[]): Promise<void> {
  const queries = realisticQueries(inputs, SEARCHES);
  for (const query of queries.slice(0, 50)) await deps.repos.people.search({ query, limit: 20, archived: 'exclude' });
  const samples: number[] = [];
  let hits = 0;
  for (const query of queries) {
    samples.push(
      await timeMs(async () => {
        hits += (await deps.repos.people.search({ query, limit: 20, archived: 'exclude' })).length > 0 ? 1 : 0;
      }),
    );
  }
  process.stdout.write(
    `${label}: ${SEARCHES} searches (${hits} with results): p50 ${formatMs(percentile(samples, 50))}, p95 ${formatMs(percentile(samples, 95))}, p99 ${formatMs(percentile(samples, 99))}\n`,
  );
}

/** The raw baseline's time for these people, on a fresh SQLite file that is deleted after. */
async function rawInsertMs(dir: string, inputs: readonly CreatePersonInput[]): Promise<number> {
  const file = join(dir, 'raw.db');
  const baseline = await connect({ dialect: 'sqlite', file });
  try {
    const owner = await ownerDeps(baseline);
    const now = new Date();
    const built = inputs.map((input) => buildPerson(input, now));
    const sqlite = baseline.sqlite;
    if (!sqlite) throw new Error('raw baseline needs SQLite');
    return await timeMs(async () => rawInsertPeople(sqlite, owner.repos.ownerId, built));
  } finally {
    await baseline.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Bulk create on SQLite in ROUNDS rounds, each the raw baseline then kith on fresh files
 * (alternating, so a busy moment of this shared machine weighs on both); medians are
 * compared. The last round's database then answers the searches.
 */
export async function run(): Promise<void> {
  const inputs = generateNetwork({ people: PEOPLE, seed: 1 });
  const rawRates: number[] = [];
  const kithRates: number[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const rawMs = await rawInsertMs(mkdtempSync(join(tmpdir(), 'kith-bench-raw-')), inputs);
    const dir = mkdtempSync(join(tmpdir(), 'kith-bench-'));
    const sqlite = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    try {
      const deps = await ownerDeps(sqlite);
      const kithMs = await timeMs(() => createPeople(deps, inputs));
      rawRates.push(rate(inputs.length, rawMs));
      kithRates.push(rate(inputs.length, kithMs));
      process.stdout.write(
        `round ${round}: raw better-sqlite3 insert of ${inputs.length} people ${formatMs(rawMs)} (${Math.round(rate(inputs.length, rawMs))} people/s); ` +
          `kith bulk create ${formatMs(kithMs)} (${Math.round(rate(inputs.length, kithMs))} people/s)\n`,
      );
      if (round === ROUNDS) await measureSearches('sqlite', deps, inputs);
    } finally {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const raw = median(rawRates);
  const kith = median(kithRates);
  // Each round's own ratio (the raw insert and kith ran back to back), then their median.
  const paired = median(rawRates.map((rawRate, index) => rawRate / (kithRates[index] ?? Number.NaN)));
  process.stdout.write(`baseline: raw better-sqlite3 insert, median of ${ROUNDS}: ${Math.round(raw)} people/s\n`);
  process.stdout.write(`sqlite: bulk create, median of ${ROUNDS}: ${Math.round(kith)} people/s\n`);
  process.stdout.write(
    `sqlite: bulk create takes ${paired.toFixed(2)}x the raw baseline's time (median of the rounds' own ratios; ` +
      `kith builds and validates its people, the baseline inserts prebuilt rows); ${load()}\n`,
  );

  await withPostgresSchema(async (connection) => {
    const deps = await ownerDeps(connection);
    const ms = await timeMs(() => createPeople(deps, inputs));
    process.stdout.write(
      `postgres: bulk create ${inputs.length} people in ${formatMs(ms)}: ${Math.round(rate(inputs.length, ms))} people/s\n`,
    );
    await measureSearches('postgres', deps, inputs);
  });
}
