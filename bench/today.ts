/**
 * `npm run bench -- today [--million]`: the daily list computed afresh (not the server's
 * cache) for 100,000 people with 1,000,000 interactions, 300 events (one running today,
 * one ended yesterday, 6,000 people met and 2,000 attending), 1,000 reminders, 2,000
 * occasions and a month of past suggestions; p50/p95/p99 and CPU per call over repeated
 * runs, on SQLite and, when KITH_BENCH_DATABASE_URL is set, PostgreSQL. Target: p95 at
 * most 100 ms; with --million (1,000,000 people; minutes to generate), at most 250 ms.
 * KITH_BENCH_KEEP_DIR=DIR keeps the loaded SQLite file and PostgreSQL schema for the next run.
 */
import { en, Faker } from '@faker-js/faker';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import type { Interaction } from '../src/core/interactions/schema.js';
import { interactionKinds } from '../src/core/interactions/schema.js';
import { getToday } from '../src/core/keep-in-touch/get-today.js';
import { buildPerson } from '../src/core/people/create-person.js';
import type { Person } from '../src/core/people/schema.js';
import type { Deps } from '../src/core/repos.js';
import { addDays, localDateOf } from '../src/core/shared/dates.js';
import { newId } from '../src/core/shared/ids.js';
import type { Connection } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { generateEvents } from './generate-events.js';
import { benchOwner } from './owner.js';
import { type Kept, measureOnEachDatabase, serverCpu, serverCpuSpent, vacuumAnalyzeSchema } from './postgres.js';
import { load as loadAverage, verdict } from './processes.js';
import { formatMs, median, percentile, timeMs } from './stats.js';

const MILLION = process.argv.includes('--million');
export const PEOPLE = Number(process.env.KITH_BENCH_PEOPLE ?? (MILLION ? 1_000_000 : 100_000));
const TARGET_P95_MS = PEOPLE >= 1_000_000 ? 250 : 100;
export const INTERACTIONS = Number(process.env.KITH_BENCH_INTERACTIONS ?? 1_000_000);
const RUNS = 100;
const ROUNDS = Number(process.env.KITH_BENCH_ROUNDS ?? 3);
const DAY_MS = 86_400_000;

/** Closer tiers get more of the interactions, as in a real network. */
const tierShare = { inner: 8, close: 4, regular: 1.5, acquaintance: 0.3 };

/**
 * The network measured: generated and loaded now, or (with KITH_BENCH_KEEP_DIR) the one an
 * earlier run loaded, acting as its owner at its clock, so the list is the same day's.
 */
export async function load(connection: Connection, kept: Kept | null = null): Promise<Deps> {
  if (kept?.ready) {
    const { ownerId, now } = JSON.parse(kept.ready) as { ownerId: string; now: string };
    const at = new Date(now);
    process.stdout.write(`reusing the network loaded at ${now} (KITH_BENCH_KEEP_DIR)\n`);
    return { repos: createRepos(connection).forOwner(ownerId), now: () => at };
  }
  const deps = await generate(connection);
  kept?.markReady(JSON.stringify({ ownerId: deps.repos.ownerId, now: deps.now().toISOString() }));
  return deps;
}

async function generate(connection: Connection): Promise<Deps> {
  const now = new Date();
  const deps = await benchOwner(connection, () => now, { isAdmin: true });
  await deps.repos.settings.save({ ...(await deps.repos.settings.get()), timeZone: 'UTC' });
  const faker = new Faker({ locale: [en], seed: 3 });
  const today = localDateOf(now, 'UTC');

  // People added over the last four years, so some have never been contacted since.
  const people: Person[] = generateNetwork({ people: PEOPLE, seed: 1 }).map((input) =>
    buildPerson(input, new Date(now.getTime() - faker.number.int({ min: 1, max: 4 * 365 }) * DAY_MS)),
  );
  const weights = people.map((person) => tierShare[person.tier]);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, index) => {
    cumulative[index] = (sum + weight) / total;
    return sum + weight;
  }, 0);
  const pick = (): Person => {
    const r = faker.number.float({ min: 0, max: 1 });
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 1) < r) low = mid + 1;
      else high = mid;
    }
    return people[low] as Person;
  };

  const phases: string[] = [];
  let lapStart = performance.now();
  const lap = (name: string) => {
    phases.push(`${name} ${formatMs(performance.now() - lapStart)}`);
    lapStart = performance.now();
  };
  const loadMs = await timeMs(async () => {
    await deps.repos.transaction(async (scoped) => {
      await scoped.people.insert(people);
      lap('people');
      for (let done = 0; done < INTERACTIONS; done += 10_000) {
        const batch: Interaction[] = [];
        for (let i = done; i < Math.min(INTERACTIONS, done + 10_000); i++) {
          const person = pick();
          const others = faker.number.int(9) === 0 ? [pick().id] : [];
          const occurredOn = addDays(today, -faker.number.int({ min: 0, max: 3 * 365 }));
          batch.push({
            id: newId(),
            occurredAt: occurredOn,
            occurredOn,
            kind: faker.helpers.arrayElement(interactionKinds),
            summary: faker.lorem.sentence(5),
            notes: null,
            eventId: null,
            personIds: [...new Set([person.id, ...others])],
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          });
        }
        await scoped.interactions.insert(batch);
      }
      lap('interactions');
      await scoped.interactions.refreshLastInteraction();
      lap('last interaction days');
      for (let i = 0; i < 1_000; i++) {
        await scoped.reminders.insert({
          id: newId(),
          personId: faker.number.int(4) === 0 ? null : pick().id,
          personName: null,
          text: faker.lorem.sentence(4),
          dueOn: addDays(today, faker.number.int({ min: -30, max: 60 })),
          snoozedUntil: null,
          doneAt: null,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
      }
      for (let i = 0; i < 2_000; i++) {
        const on = addDays(today, faker.number.int({ min: 0, max: 364 }));
        await scoped.occasions.insert({
          id: newId(),
          personId: pick().id,
          label: 'work anniversary',
          date: `--${on.slice(5)}`,
          createdAt: now.toISOString(),
        });
      }
      const { events, links } = generateEvents(faker, {
        people,
        today,
        at: now.toISOString(),
        count: 300,
        met: 6_000,
        attending: 2_000,
      });
      for (const event of events) await scoped.events.insert(event);
      for (const row of links) await scoped.events.saveLink(row);
      for (let day = 30; day >= 1; day--) {
        await scoped.keepInTouch.recordSuggestions(
          Array.from({ length: 7 }, () => pick().id).filter((id, index, ids) => ids.indexOf(id) === index),
          addDays(today, -day),
        );
      }
    });
  });
  lap('reminders, occasions, events, suggestions');
  // As autovacuum would soon after a bulk load: planner statistics for the new rows, and
  // the row versions the last-interaction update left behind cleared from the indexes
  // (until then the never-contacted walk steps over 100,000 dead entries). Another
  // session's open transaction holds that cleanup back: run on a quiet database.
  if (connection.dialect === 'postgres') {
    await vacuumAnalyzeSchema(connection);
    lap('vacuum analyze');
  }
  process.stdout.write(
    `loaded ${PEOPLE} people, ${INTERACTIONS} interactions, 1000 reminders, 2000 occasions, 300 events in ${formatMs(loadMs)} (${phases.join(', ')})\n`,
  );
  return deps;
}

async function measure(label: string, connection: Connection, kept: Kept | null): Promise<void> {
  const deps = await load(connection, kept);
  for (let i = 0; i < 5; i++) await getToday(deps);
  // Rounds apart in time, so one burst of load on a shared machine does not decide the figure.
  const p95s: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const samples: number[] = [];
    let shown = 0;
    const serverStart = await serverCpu(connection);
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      samples.push(
        await timeMs(async () => {
          shown = (await getToday(deps)).entries.length;
        }),
      );
    }
    const cpu = process.cpuUsage(cpuStart);
    const serverEnd = serverStart && (await serverCpu(connection));
    const server =
      serverStart && serverEnd ? `, PostgreSQL's ${formatMs(serverCpuSpent(serverStart, serverEnd) / RUNS)}` : '';
    p95s.push(percentile(samples, 95));
    process.stdout.write(
      `${label}: today (${shown} shown) round ${round}, x${RUNS}: p50 ${formatMs(percentile(samples, 50))}, p95 ${formatMs(percentile(samples, 95))}, p99 ${formatMs(percentile(samples, 99))}; CPU in this process ${formatMs((cpu.user + cpu.system) / 1000 / RUNS)}${server} a call; ${loadAverage()}\n`,
    );
  }
  const p95 = median(p95s);
  process.stdout.write(
    `${label}: today uncached at ${PEOPLE.toLocaleString('en')} people, p95 median of ${ROUNDS} rounds: ${formatMs(p95)} (target at most ${TARGET_P95_MS} ms: ${verdict(p95 <= TARGET_P95_MS)})\n`,
  );
  await compareResearch(label, deps);
  const asOf = addDays(localDateOf(deps.now(), 'UTC'), 30);
  const previews: number[] = [];
  for (let i = 0; i < RUNS / 4; i++) previews.push(await timeMs(() => getToday(deps, { asOf })));
  process.stdout.write(
    `${label}: today --as-of +30 days x${previews.length}: p50 ${formatMs(percentile(previews, 50))}, p95 ${formatMs(percentile(previews, 95))}\n`,
  );
}

/**
 * Issue 20's parts of the list (the dormant tie, the weekly hello, tier-size advice) on
 * and off, in alternating rounds of the same run, so a busy machine weighs on both alike.
 */
async function compareResearch(label: string, deps: Deps): Promise<void> {
  const settings = await deps.repos.settings.get();
  const off = { ...settings, reconnect: false, hello: false, innerTierSize: 1000, innerAndCloseSize: 5000 };
  const p50s: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let round = 0; round < ROUNDS * 2; round++) {
    const mode = round % 2 === 0 ? 'off' : 'on';
    await deps.repos.settings.save(mode === 'off' ? off : settings);
    const samples: number[] = [];
    for (let i = 0; i < RUNS / 2; i++) samples.push(await timeMs(() => getToday(deps)));
    p50s[mode].push(percentile(samples, 50));
  }
  await deps.repos.settings.save(settings);
  process.stdout.write(
    `${label}: today p50, median of ${ROUNDS} alternating rounds x${RUNS / 2}: dormant tie, hello and tier advice on ${formatMs(median(p50s.on))}, off ${formatMs(median(p50s.off))}\n`,
  );
}

export async function run(): Promise<void> {
  await measureOnEachDatabase(`today-${PEOPLE}-${INTERACTIONS}`, measure);
}
