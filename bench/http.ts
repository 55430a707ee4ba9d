/**
 * Issue 6's benchmark: autocannon against a running `kith serve` on 127.0.0.1 (50
 * connections, 10,000 generated people, SQLite), each route beside a route returning a
 * constant (`/api/health`) measured in the same run. Every request carries the same
 * Bearer token, so each route pays for authentication. Add a route to `routes` to
 * measure it too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { createToken } from '../src/core/auth/create-token.js';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { ensureLocalUser } from '../src/core/users/ensure-local-user.js';
import { connect } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { workerThreads } from '../src/threads/off-thread.js';

const PEOPLE = Number(process.env.KITH_BENCH_PEOPLE ?? 10_000);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.KITH_BENCH_SECONDS ?? 10);
const PORT = 4431;

type Fixture = { personIds: string[] };
type Route = { name: string; path: (fixture: Fixture, index: number) => string; minRps: number; maxP99Ms: number };

/** The routes measured, each with the issue's target. */
const routes: Route[] = [
  {
    name: 'GET /api/v1/people/:id',
    path: (fixture, index) => `/api/v1/people/${fixture.personIds[index % fixture.personIds.length]}`,
    minRps: 3000,
    maxP99Ms: 50,
  },
  { name: 'GET /api/v1/today', path: () => '/api/v1/today', minRps: 300, maxP99Ms: 50 },
];

const baseline: Route = { name: 'GET /api/health (constant)', path: () => '/api/health', minRps: 0, maxP99Ms: 50 };

async function seed(dataDir: string): Promise<Fixture & { token: string }> {
  const connection = await connect({ dialect: 'sqlite', file: join(dataDir, 'kith.db') });
  try {
    const repos = createRepos(connection);
    const owner = await ensureLocalUser(repos.users, new Date());
    const deps = { repos: repos.forOwner(owner.id), now: () => new Date(), offThread: workerThreads() };
    const people = await createPeople(deps, generateNetwork({ people: PEOPLE, seed: 6 }));
    const { token } = await createToken(deps, { name: 'bench' });
    return { personIds: people.map((person) => person.id), token };
  } finally {
    await connection.close();
  }
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  // The bundled bin beside the bundled bench (dist/bench.js → dist/kith.js).
  const bin = join(dirname(process.argv[1] ?? '.'), 'kith.js');
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve', '--port', String(PORT)], {
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: '' },
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`kith serve did not start on port ${PORT}`);
}

async function measure(route: Route, fixture: Fixture, token: string) {
  let index = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: route.path(fixture, index++) }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-bench-http-'));
  let server: ChildProcess | undefined;
  try {
    const { token, ...fixture } = await seed(dataDir);
    server = await startServer(dataDir);
    process.stdout.write(
      `sqlite, ${PEOPLE} people, ${CONNECTIONS} connections, ${SECONDS} s per route, Bearer token, logs at info\n`,
    );
    const constant = await measure(baseline, fixture, token);
    type Figures = Awaited<ReturnType<typeof measure>>;
    const line = (name: string, figures: Figures, extra: string) =>
      `${name.padEnd(32)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms` +
      `${figures.failures > 0 ? `  (${figures.failures} failed or timed out)` : ''}${extra}\n`;
    process.stdout.write(line(baseline.name, constant, ''));
    for (const route of routes) {
      const figures = await measure(route, fixture, token);
      const verdict =
        figures.rps >= route.minRps && figures.p99 <= route.maxP99Ms && figures.failures === 0 ? 'meets' : `MISSES`;
      process.stdout.write(
        line(
          route.name,
          figures,
          `  ${(figures.rps / constant.rps).toFixed(2)}× constant; ${verdict} ≥${route.minRps} req/s, p99 ≤${route.maxP99Ms} ms`,
        ),
      );
    }
  } finally {
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
