import { prepareLocalSignIn } from '../core/auth/prepare-local-sign-in.js';
import { DEFAULT_SESSION_IDLE_DAYS } from '../core/auth/schema.js';
import { updateServerSettings } from '../core/server-settings/update-server-settings.js';
import { configFromEnvironment, connect } from '../db/connect.js';
import { createRepos } from '../db/repos/index.js';
import { databaseCounterStore } from '../db/repos/sign-in-counters.js';
import { digestSendersFromEnvironment } from '../mail/digest-senders.js';
import { buildApp } from './app.js';
import { startDigestScheduler } from './digest-scheduler.js';
import { trustProxyFrom } from './trust-proxy.js';

export type ServerOptions = { host: string; port: number; dataDir?: string; allowSignUp?: boolean };

/** Reachable only from this machine: localhost, 127.0.0.0/8 or ::1. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Opens the database, builds the app and listens; stops cleanly on SIGINT and SIGTERM.
 * Local mode: while the owner has no password and no session, prints a one-time link.
 */
export async function startServer(options: ServerOptions): Promise<void> {
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
  const digestSenders = digestSendersFromEnvironment();
  const app = await buildApp({
    repos,
    digestSenders,
    logger: { level: process.env.KITH_LOG_LEVEL ?? 'info' },
    sessionIdleDays: numberFromEnv('KITH_SESSION_IDLE_DAYS', DEFAULT_SESSION_IDLE_DAYS),
    allowedOrigins: (process.env.KITH_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    trustProxy: trustProxyFrom(process.env.KITH_TRUST_PROXY),
    // In the database, so every server on one PostgreSQL counts the same attempts (ADR 0016).
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
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  scheduler = startDigestScheduler({
    repos,
    senders: digestSenders,
    baseUrl: process.env.KITH_PUBLIC_URL || `http://${host}:${port}`,
    intervalMs: numberFromEnv('KITH_DIGEST_INTERVAL_SECONDS', 60) * 1000,
    log: app.log,
  });
  // One write, so whoever reads the terminal (or a pipe) gets the link with the address.
  const lines = [`kith: data is stored in ${connection.location}`, `kith: serving http://${host}:${port}`];
  if (linkToken) {
    lines.push('kith: open this link to sign in (works once, for 15 minutes):');
    lines.push(`  http://${host}:${port}/auth/link/${linkToken}`);
  } else if (!isLoopback(options.host)) {
    lines.push('kith: sign in with a password (kith users passwd), or get a one-time link with `kith users link`');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
