/**
 * `npm run bench -- http`: autocannon against a running `kith serve` on 127.0.0.1 (50
 * connections, SQLite) over the today benchmark's network (100,000 generated people with
 * 1,000,000 interactions, events, reminders and occasions), each route beside a route
 * returning a constant (`/api/health`) measured in the same run. Every request carries
 * the same Bearer token, so each route pays for authentication. `/today` is measured
 * twice: as the server's cache answers it, and computed afresh (each request previews
 * another day, which the cache has not seen), at 50 connections and then one request at a
 * time (p50/p95/p99 and the server's CPU a request, beside the today benchmark's target).
 * Each route under load also gives the server's CPU a request, from its /proc counters;
 * the search is measured again on `kith serve --processes 2` (ADR 0044).
 * Add a route to `routes` to measure it too.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createToken } from '../src/core/auth/create-token.js';
import { addDays, localDateOf } from '../src/core/shared/dates.js';
import { connect } from '../src/db/connect.js';
import { type Kept, sqliteDataDir } from './postgres.js';
import { load, processCpuMs, startServer, verdict } from './processes.js';
import { formatMs, percentile } from './stats.js';
import { INTERACTIONS, load as loadNetwork, PEOPLE } from './today.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.KITH_BENCH_SECONDS ?? 10);
const PORT = 4431;

type Fixture = { personIds: string[]; queries: string[]; today: string };
type Route = { name: string; path: (fixture: Fixture, index: number) => string; minRps: number; maxP99Ms: number };

/** The search as a person types it, measured again on `kith serve --processes 2`. */
const search: Route = {
  name: 'GET /api/v1/people?q=… (search, 20 a page)',
  path: (fixture, index) =>
    `/api/v1/people?q=${encodeURIComponent(fixture.queries[index % fixture.queries.length] ?? 'a')}`,
  minRps: 1000,
  maxP99Ms: 100,
};
const SEARCH_PROCESSES = 2;

/** The routes measured, each with the issue's target. */
const routes: Route[] = [
  {
    name: 'GET /api/v1/people/:id',
    path: (fixture, index) => `/api/v1/people/${fixture.personIds[index % fixture.personIds.length]}`,
    minRps: 3000,
    maxP99Ms: 50,
  },
  search,
  // The default page before ADR 0042, for comparison: most of a search's cost is per person sent.
  {
    name: 'GET /api/v1/people?q=…&limit=100',
    path: (fixture, index) =>
      `/api/v1/people?q=${encodeURIComponent(fixture.queries[index % fixture.queries.length] ?? 'a')}&limit=100`,
    minRps: 1000,
    maxP99Ms: 100,
  },
  { name: 'GET /api/v1/today (cached)', path: () => '/api/v1/today', minRps: 300, maxP99Ms: 50 },
  {
    name: 'GET /api/v1/today (uncached)',
    path: (fixture, index) => `/api/v1/today?asOf=${addDays(fixture.today, 1 + (index % 3650))}`,
    minRps: 0,
    maxP99Ms: 100,
  },
];

const baseline: Route = { name: 'GET /api/health (constant)', path: () => '/api/health', minRps: 0, maxP99Ms: 50 };

async function seed(dataDir: string, kept: Kept | null): Promise<Fixture & { token: string }> {
  const connection = await connect({ dialect: 'sqlite', file: join(dataDir, 'kith.db') });
  try {
    const deps = await loadNetwork(connection, kept);
    const { items } = await deps.repos.people.list({ archived: 'exclude', limit: 1000 });
    const { token } = await createToken(deps, { name: 'bench' });
    // Name and email prefixes of 1 to 4 letters, and whole words, as a person types them.
    const queries = items.slice(0, 200).flatMap((person, i) => {
      const word = (person.familyName ?? person.displayName).toLowerCase();
      return [word.slice(0, 1 + (i % 4)), word, (person.emails[0]?.value ?? word).slice(0, 3 + (i % 3))];
    });
    return { personIds: items.map((person) => person.id), queries, token, today: localDateOf(deps.now(), 'UTC') };
  } finally {
    await connection.close();
  }
}

/** /today as the cache answers it, and computed afresh. */
const todayRoutes = routes.filter((route) => route.name.startsWith('GET /api/v1/today'));
const TODAY_P95_MS = 100;
const ONE_AT_A_TIME = 200;

/** The server's CPU so far with its running children's (the server processes of `--processes`); null elsewhere than Linux. */
function serverCpuMs(pid: number | undefined): number | null {
  const own = processCpuMs(pid);
  if (own === null) return null;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
  return children.reduce((sum, child) => sum + (processCpuMs(Number(child)) ?? 0), own);
}

/** Sequential requests: each one's wall time, and the server's CPU a request (from its /proc counters). */
async function oneAtATime(route: Route, fixture: Fixture, token: string, pid: number | undefined) {
  const samples: number[] = [];
  const headers = { authorization: `Bearer ${token}` };
  for (let i = 0; i < 10; i++) {
    await (await fetch(`http://127.0.0.1:${PORT}${route.path(fixture, requests++)}`, { headers })).text();
  }
  const cpuBefore = serverCpuMs(pid);
  for (let i = 0; i < ONE_AT_A_TIME; i++) {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${PORT}${route.path(fixture, requests++)}`, { headers });
    await response.text();
    samples.push(performance.now() - start);
    if (!response.ok) throw new Error(`${route.name}: ${response.status}`);
  }
  const cpuAfter = serverCpuMs(pid);
  return {
    count: ONE_AT_A_TIME,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    serverCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / ONE_AT_A_TIME,
  };
}

/**
 * One count for every request of the run, so each uncached /today asks for a day no
 * earlier request did (the cache keeps every day it has answered while nothing changes).
 */
let requests = 0;

/** A route under load: throughput, latency, and the server's CPU a request (steadier than req/s on a busy machine). */
async function measure(route: Route, fixture: Fixture, token: string, pid: number | undefined) {
  const cpuBefore = serverCpuMs(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: route.path(fixture, requests++) }) }],
  });
  const cpuAfter = serverCpuMs(pid);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    serverCpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total,
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

function verdictOf(route: Route, figures: Figures): string {
  return verdict(figures.rps >= route.minRps && figures.p99 <= route.maxP99Ms && figures.failures === 0);
}

export async function run(): Promise<void> {
  // The today benchmark's network, kept with it under KITH_BENCH_KEEP_DIR.
  const { dir: dataDir, kept, done } = sqliteDataDir(`today-${PEOPLE}-${INTERACTIONS}`);
  let server: ChildProcess | undefined;
  try {
    const { token, ...fixture } = await seed(dataDir, kept);
    server = await startServer(dataDir, PORT);
    process.stdout.write(
      `sqlite, the today benchmark's network, ${CONNECTIONS} connections, ${SECONDS} s per route, Bearer token, logs at info; ${load()}\n`,
    );
    const constant = await measure(baseline, fixture, token, server.pid);
    const line = (name: string, figures: Figures, extra: string) =>
      `${name.padEnd(44)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms` +
      `  server CPU ${figures.serverCpuMs === null ? 'n/a' : formatMs(figures.serverCpuMs)} a request` +
      `${figures.failures > 0 ? `  (${figures.failures} failed or timed out)` : ''}${extra}\n`;
    process.stdout.write(line(baseline.name, constant, ''));
    for (const route of routes) {
      // The search is measured warm, as on two processes below: JIT and SQLite's page cache.
      if (route === search) await measure(route, fixture, token, server.pid);
      const figures = await measure(route, fixture, token, server.pid);
      process.stdout.write(
        line(
          route.name,
          figures,
          `  ${(figures.rps / constant.rps).toFixed(2)}× constant; target ≥${route.minRps} req/s, p99 ≤${route.maxP99Ms} ms: ${verdictOf(route, figures)}`,
        ),
      );
    }
    // The search again on a server of two processes, as `kith serve --processes 2` runs.
    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
    server = await startServer(dataDir, PORT, ['--processes', String(SEARCH_PROCESSES)]);
    // Warmed as on one process: start-up, JIT and SQLite's page cache.
    await measure(search, fixture, token, server.pid);
    const figures = await measure(search, fixture, token, server.pid);
    process.stdout.write(
      line(
        `${search.name}, ${SEARCH_PROCESSES} processes`,
        figures,
        `  ${(figures.rps / constant.rps).toFixed(2)}× constant (1 process); target ≥${search.minRps} req/s, p99 ≤${search.maxP99Ms} ms: ${verdictOf(search, figures)}`,
      ),
    );

    // One request at a time, as a person opening Today waits for it: comparable with the
    // today benchmark's in-process figure (target p95 at most 100 ms at 100,000 people).
    for (const route of todayRoutes) {
      const one = await oneAtATime(route, fixture, token, server.pid);
      process.stdout.write(
        `${`${route.name}, one at a time`.padEnd(32)} x${one.count}: p50 ${formatMs(one.p50)}, p95 ${formatMs(one.p95)}, p99 ${formatMs(one.p99)}; server CPU ${one.serverCpuMs === null ? 'n/a' : formatMs(one.serverCpuMs)} a request (target p95 at most ${TODAY_P95_MS} ms: ${verdict(one.p95 <= TODAY_P95_MS)}); ${load()}\n`,
      );
    }
    process.stdout.write(`${load()} after\n`);
  } finally {
    server?.kill('SIGTERM');
    done();
  }
}
