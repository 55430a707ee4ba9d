/**
 * Issue 15's benchmark: vdirsyncer (the Debian package) syncing a running `kith serve`
 * (SQLite, 10,000 generated people) with an empty folder, then again after one change
 * made in kith, three rounds; prints wall times (medians) and the load average, beside
 * the issue's targets (first sync under 60 s, one change under 2 s).
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createToken } from '../src/core/auth/create-token.js';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { createPeople } from '../src/core/people/create-people.js';
import { updatePerson } from '../src/core/people/update-person.js';
import { ensureLocalUser } from '../src/core/users/ensure-local-user.js';
import { connect } from '../src/db/connect.js';
import { createRepos } from '../src/db/repos/index.js';
import { workerThreads } from '../src/threads/off-thread.js';
import { processCpuMs, startServer } from './processes.js';

const PEOPLE = Number(process.env.KITH_BENCH_PEOPLE ?? 10_000);
const ROUNDS = 3;
const PORT = 4432;

/** CPU seconds a process has used so far (Linux). */
function cpuOf(pid: number | undefined): number {
  const ms = processCpuMs(pid);
  if (ms === null) throw new Error(`no CPU figures for process ${pid} in /proc`);
  return ms / 1000;
}

/** Wall seconds of one vdirsyncer run, its own CPU seconds and the server's meanwhile (load-independent). */
type Timing = { wall: number; clientCpu: number; serverCpu: number };

function vdirsyncer(config: string, args: string[], server: ChildProcess, input?: string): Timing {
  const started = performance.now();
  const serverBefore = cpuOf(server.pid);
  // Python reports its child's CPU time (user + system) on the last line of stderr.
  const measure =
    'import resource,subprocess,sys;r=subprocess.run(sys.argv[1:]);u=resource.getrusage(resource.RUSAGE_CHILDREN);' +
    'print(u.ru_utime+u.ru_stime,file=sys.stderr);sys.exit(r.returncode)';
  const result = spawnSync('python3', ['-c', measure, 'vdirsyncer', '-c', config, ...args], {
    encoding: 'utf8',
    input,
  });
  if (result.status !== 0) throw new Error(`vdirsyncer ${args.join(' ')}: ${result.stdout}${result.stderr}`);
  const clientCpu = Number(result.stderr.trim().split('\n').at(-1));
  return { wall: (performance.now() - started) / 1000, clientCpu, serverCpu: cpuOf(server.pid) - serverBefore };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export async function run(): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v vdirsyncer']).status !== 0) {
    process.stdout.write('vdirsyncer is not installed (apt install vdirsyncer): skipped\n');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'kith-bench-carddav-'));
  const connection = await connect({ dialect: 'sqlite', file: join(root, 'kith.db') });
  const repos = createRepos(connection);
  const owner = await ensureLocalUser(repos.users, new Date());
  const deps = { repos: repos.forOwner(owner.id), now: () => new Date(), offThread: workerThreads() };
  const people = await createPeople(deps, generateNetwork({ people: PEOPLE, seed: 15 }));
  const { token } = await createToken(deps, { name: 'bench', dav: true });
  const server = await startServer(root, PORT);
  try {
    const firsts: Timing[] = [];
    const quiet: Timing[] = [];
    const incrementals: Timing[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = join(root, `round-${round}`);
      mkdirSync(join(dir, 'contacts'), { recursive: true });
      const config = join(dir, 'config');
      writeFileSync(
        config,
        `[general]\nstatus_path = "${join(dir, 'status')}"\n\n[pair bench]\na = "kith"\nb = "folder"\ncollections = null\n\n` +
          `[storage kith]\ntype = "carddav"\nurl = "http://127.0.0.1:${PORT}/dav/addressbooks/kith/"\n` +
          `username = "${owner.email}"\npassword = "${token}"\n\n` +
          `[storage folder]\ntype = "filesystem"\npath = "${join(dir, 'contacts')}"\nfileext = ".vcf"\n`,
      );
      vdirsyncer(config, ['discover', 'bench'], server, 'y\n');
      firsts.push(vdirsyncer(config, ['sync'], server));
      const files = readdirSync(join(dir, 'contacts')).length;
      if (files !== PEOPLE) throw new Error(`first sync brought ${files} cards, not ${PEOPLE}`);
      quiet.push(vdirsyncer(config, ['sync'], server));
      const person = people[round] ?? people[0];
      if (person) await updatePerson(deps, person.id, { title: `Bench title ${round}` });
      incrementals.push(vdirsyncer(config, ['sync'], server));
      rmSync(dir, { recursive: true, force: true });
    }
    /** A row of figures; with a target in seconds, whether the median wall time met it. */
    const row = (name: string, timings: Timing[], targetSeconds?: number) => {
      const figure = (key: keyof Timing) => median(timings.map((timing) => timing[key])).toFixed(2);
      const verdict =
        targetSeconds === undefined
          ? 'no target'
          : `target < ${targetSeconds} s: ${median(timings.map((timing) => timing.wall)) < targetSeconds ? 'met' : 'MISSED'}`;
      process.stdout.write(
        `${name.padEnd(32)} wall ${figure('wall')} s (rounds ${timings.map((t) => t.wall.toFixed(2)).join(', ')}), ` +
          `CPU vdirsyncer ${figure('clientCpu')} s + kith ${figure('serverCpu')} s; ${verdict}\n`,
      );
    };
    process.stdout.write(
      `${PEOPLE} people, SQLite, vdirsyncer ${spawnSync('vdirsyncer', ['--version'], { encoding: 'utf8' }).stdout.trim()}\n`,
    );
    row('first sync (every card down)', firsts, 60);
    row('second sync, nothing changed', quiet);
    row('sync after one change in kith', incrementals, 2);
    process.stdout.write(`load average (1, 5, 15 min) at the end: ${load()}\n`);
  } finally {
    server.kill();
    await connection.close();
    rmSync(root, { recursive: true, force: true });
  }
}
