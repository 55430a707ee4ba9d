import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { DigestSenders } from '../core/digest/schema.js';
import { sendDueDigest } from '../core/digest/send-digest.js';
import type { Repos } from '../db/repos/index.js';

export type DigestSchedulerOptions = {
  repos: Repos;
  senders: DigestSenders;
  baseUrl: string;
  /** How often to look for due digests (KITH_DIGEST_INTERVAL_SECONDS, default 60). */
  intervalMs: number;
  log: FastifyBaseLogger;
  now?: () => Date;
};

/**
 * The timer inside `kith serve` that sends due digests. It keeps nothing that matters in
 * memory: each delivery is claimed in the database first (DigestRepo.claim), so any
 * number of servers may run it and a restarted one picks up where the last left off.
 * A failure is logged and recorded for Settings, never thrown.
 */
export function startDigestScheduler(options: DigestSchedulerOptions): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  const claimedBy = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function tick(): Promise<void> {
    let owners: string[];
    try {
      owners = await options.repos.digestSchedule.ownersWithDigest();
    } catch (error) {
      options.log.error({ err: error }, 'digest: could not list owners');
      return;
    }
    for (const ownerId of owners) {
      if (stopped) return;
      try {
        const result = await sendDueDigest(
          { repos: options.repos.forOwner(ownerId), now, senders: options.senders, baseUrl: options.baseUrl },
          claimedBy,
        );
        for (const sent of result?.results ?? []) {
          if (sent.ok) options.log.info({ userId: ownerId, channel: sent.channel, day: result?.date }, 'digest sent');
          else options.log.warn({ userId: ownerId, channel: sent.channel, error: sent.error }, 'digest not sent');
        }
      } catch (error) {
        options.log.error({ err: error, userId: ownerId }, 'digest: failed');
      }
    }
  }

  const run = () => {
    if (running || stopped) return;
    running = tick().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  run();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
