import cluster, { type Worker } from 'node:cluster';
import { prepareLocalSignIn } from '../core/auth/prepare-local-sign-in.js';
import { DEFAULT_SESSION_IDLE_DAYS } from '../core/auth/schema.js';
import { KithError } from '../core/errors.js';
import { updateServerSettings } from '../core/server-settings/update-server-settings.js';
import { type Connection, configFromEnvironment, connect } from '../db/connect.js';
import { createRepos } from '../db/repos/index.js';
import { databaseCounterStore } from '../db/repos/sign-in-counters.js';
import { digestSendersFromEnvironment } from '../mail/digest-senders.js';
import { mailConfigFromEnvironment } from '../mail/smtp-mailer.js';
import { buildApp } from './app.js';
import { startDigestScheduler } from './digest-scheduler.js';
import { trustProxyFrom } from './trust-proxy.js';

export type ServerOptions = {
  host: string;
  port: number;
  dataDir?: string;
  allowSignUp?: boolean;
  /** Server processes sharing the port (ADR 0044); 1 unless given. */
  processes?: number;
};

/** Reachable only from this machine: localhost, 127.0.0.0/8 or ::1. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const MAX_PROCESSES = 64;

/**
 * Opens the database, builds the app and listens; stops cleanly on SIGINT and SIGTERM.
 * Local mode: while the owner has no password and no session, prints a one-time link.
 * With more than one process, this process starts that many servers on the port and
 * prints for them (`serveFromProcesses`); each of them is `serveFromWorker`.
 */
export async function startServer(options: ServerOptions): Promise<void> {
  const processes = options.processes ?? 1;
  if (!Number.isInteger(processes) || processes < 1 || processes > MAX_PROCESSES) {
    throw new KithError('VALIDATION_FAILED', `--processes: must be a whole number from 1 to ${MAX_PROCESSES}`);
  }
  if (cluster.isWorker) return serveFromWorker(options);
  // A bad KITH_SMTP_URL stops the start with its reason, not the first digest hours later.
  mailConfigFromEnvironment();
  const { connection, linkToken } = await prepare(options);
  if (processes > 1) {
    await connection.close();
    return serveFromProcesses(options, processes, connection.location, linkToken);
  }
  const { port } = await serve(connection, options);
  announce(options, connection.location, port, linkToken);
}

/** What happens once, before any server listens: migrations, the local sign-in link, the sign-up flag. */
async function prepare(options: ServerOptions) {
  const connection = await connect(configFromEnvironment({ dataDir: options.dataDir }));
  const repos = createRepos(connection);
  const { linkToken } = await prepareLocalSignIn(
    { repos, now: () => new Date() },
    { loopbackOnly: isLoopback(options.host) },
  );
  // The flag and variable turn sign-up on as an admin would; the stored setting is what counts.
  if (options.allowSignUp || process.env.KITH_ALLOW_SIGN_UP === '1') {
    await updateServerSettings({ repos, now: () => new Date() }, { signUp: true }, null);
  }
  return { connection, linkToken };
}

/** One server: the app on its own connection, listening, and the digest scheduler; stops on SIGINT and SIGTERM. */
async function serve(connection: Connection, options: ServerOptions): Promise<{ port: number }> {
  const repos = createRepos(connection);
  const digestSenders = digestSendersFromEnvironment();
  const app = await buildApp({
    repos,
    digestSenders,
    logger: { level: process.env.KITH_LOG_LEVEL ?? 'info' },
    sessionIdleDays: numberFromEnv('KITH_SESSION_IDLE_DAYS', DEFAULT_SESSION_IDLE_DAYS),
    allowedOrigins: (process.env.KITH_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    trustProxy: trustProxyFrom(process.env.KITH_TRUST_PROXY),
    // In the database, so every server on one database counts the same attempts (ADR 0016).
    counterStore: databaseCounterStore(connection.db),
    publicUrl: process.env.KITH_PUBLIC_URL || undefined,
  });
  let scheduler: { stop(): Promise<void> } | undefined;
  const stop = async () => {
    await scheduler?.stop();
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // Deliveries are claimed in the database, so every process may run the scheduler.
  scheduler = startDigestScheduler({
    repos,
    senders: digestSenders,
    baseUrl: process.env.KITH_PUBLIC_URL || `http://${hostForUrl(options.host)}:${port}`,
    intervalMs: numberFromEnv('KITH_DIGEST_INTERVAL_SECONDS', 60) * 1000,
    log: app.log,
  });
  return { port };
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** One write, so whoever reads the terminal (or a pipe) gets the link with the address. */
function announce(options: ServerOptions, location: string, port: number, linkToken: string | null | undefined): void {
  const host = hostForUrl(options.host);
  const lines = [`kith: data is stored in ${location}`, `kith: serving http://${host}:${port}`];
  const processes = options.processes ?? 1;
  if (processes > 1) lines.push(`kith: ${processes} server processes share the port`);
  if (linkToken) {
    lines.push('kith: open this link to sign in (works once, for 15 minutes):');
    lines.push(`  http://${host}:${port}/auth/link/${linkToken}`);
  } else if (!isLoopback(options.host)) {
    lines.push('kith: sign in with a password (kith users passwd), or get a one-time link with `kith users link`');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A server process started by `serveFromProcesses`: the database is already prepared. */
async function serveFromWorker(options: ServerOptions): Promise<void> {
  try {
    await serve(await connect(configFromEnvironment({ dataDir: options.dataDir })), options);
  } catch (error) {
    // The channel to the first process would keep this one running after its error.
    cluster.worker?.disconnect();
    throw error;
  }
}

/**
 * Starts `processes` servers on one port (node:cluster hands each connection to one of
 * them) and prints once all listen. One that stops while serving is replaced; one that
 * stops before it listens (the port taken, say) stops them all, as a single server would.
 * SIGINT and SIGTERM stop every server, then this process.
 */
function serveFromProcesses(
  options: ServerOptions,
  processes: number,
  location: string,
  linkToken: string | null | undefined,
): Promise<void> {
  const running = new Set<Worker>();
  let stopping = false;
  let listening = 0;
  let announced = false;
  const stopAll = (exitCode: number) => {
    stopping = true;
    process.exitCode = exitCode;
    for (const worker of running) worker.process.kill('SIGTERM');
    if (running.size === 0) process.exit();
  };
  process.once('SIGINT', () => stopAll(0));
  process.once('SIGTERM', () => stopAll(0));
  return new Promise((resolve, reject) => {
    const start = () => {
      const worker = cluster.fork();
      running.add(worker);
      let listened = false;
      worker.once('listening', (address) => {
        listened = true;
        if (announced || ++listening < processes) return;
        announced = true;
        announce(options, location, address.port, linkToken);
        resolve();
      });
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        const how = signal ?? `exit ${code}`;
        if (stopping) {
          if (running.size === 0) process.exit();
        } else if (listened) {
          process.stderr.write(`kith: a server process stopped (${how}); starting another\n`);
          start();
        } else {
          stopAll(1);
          reject(new KithError('INTERNAL', `a server process stopped before it listened (${how})`));
        }
      });
    };
    for (let i = 0; i < processes; i++) start();
  });
}
