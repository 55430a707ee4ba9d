import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { buildDigest } from './build-digest.js';
import { digestAddress, digestSettingsOf } from './digest-settings.js';
import { renderDigest } from './render-digest.js';
import { digestDue, localMoment, MAX_ATTEMPTS, retryAfterFailure } from './rules.js';
import type { Digest, DigestChannel, DigestSenders, DigestSendResult, DigestSettings } from './schema.js';

/** What sending needs besides the owner's data: the senders and the address links point at. */
export type DigestDeps = Deps & { senders: DigestSenders; baseUrl: string };

/** A claim holds this long; a server that died mid-send leaves it to expire, then another sends. */
const LEASE_MS = 5 * 60 * 1000;

export const unsubscribePath = (ownerId: string, token: string) => `/digest/unsubscribe/${ownerId}.${token}`;

/** The webhook's JSON: the digest with absolute links, and where to stop it. */
export function webhookBody(digest: Digest, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return JSON.stringify({
    type: 'kith.digest',
    date: digest.date,
    timeZone: digest.timeZone,
    title: digest.subject,
    sections: digest.sections.map((section) => ({
      title: section.title,
      items: section.items.map((item) => ({ text: item.text, details: item.details, url: `${base}${item.link}` })),
    })),
    url: `${base}/`,
  });
}

async function deliver(
  deps: DigestDeps,
  channel: DigestChannel,
  digest: Digest,
  settings: DigestSettings,
): Promise<void> {
  if (channel === 'webhook') {
    await deps.senders.postWebhook(
      settings.webhookUrl ?? '',
      settings.webhookSecret ?? '',
      webhookBody(digest, deps.baseUrl),
    );
    return;
  }
  if (!deps.senders.sendMail) throw new Error('mail is not configured on this server (KITH_SMTP_URL)');
  const base = deps.baseUrl.replace(/\/+$/, '');
  const unsubscribeUrl = `${base}${unsubscribePath(deps.repos.ownerId, settings.unsubscribeToken)}`;
  const to = await digestAddress(deps.repos, settings);
  if (to === null) throw new Error('no address to send it to yet: set where the digest email goes in its settings');
  await deps.senders.sendMail({
    to,
    ...renderDigest(digest, { baseUrl: base, unsubscribeUrl }),
    unsubscribeUrl,
  });
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * `kith digest --send`, "Send now": builds the digest and sends it on every channel set up,
 * unclaimed. Its outcome goes back to the caller only: the day's record in
 * `digest_delivery` is the scheduler's, and a manual failure written there made the
 * scheduler send the day's digest again at the failure's retry time.
 */
export async function sendDigestNow(
  deps: DigestDeps,
  input: { asOf?: string | undefined } = {},
): Promise<DigestSendResult> {
  const settings = await digestSettingsOf(deps.repos);
  if (!(await deps.repos.digest.getSettings()))
    await deps.repos.digest.saveSettings(settings, deps.now().toISOString());
  const digest = await buildDigest(deps, input);
  const channels: DigestChannel[] = [
    ...(deps.senders.sendMail ? (['email'] as const) : []),
    ...(settings.webhookUrl ? (['webhook'] as const) : []),
  ];
  const results: DigestSendResult['results'] = [];
  for (const channel of channels) {
    try {
      await deliver(deps, channel, digest, settings);
      results.push({ channel, ok: true, error: null });
    } catch (error) {
      results.push({ channel, ok: false, error: errorText(error) });
    }
  }
  return { date: digest.date, results };
}

/**
 * The scheduler's step for one owner: when today's digest is due, claim it per channel
 * (only one server wins a claim) and send it; a failure is recorded with its next try
 * (1, 5, 15, 60 minutes), then given up for the day. Returns what was attempted.
 */
export async function sendDueDigest(deps: DigestDeps, claimedBy: string): Promise<DigestSendResult | null> {
  const settings = await deps.repos.digest.getSettings();
  if (!settings) return null;
  // Without an address (a laptop install that has not set one) there is no email to claim.
  const mailTo = settings.email && deps.senders.sendMail ? await digestAddress(deps.repos, settings) : null;
  const channels: DigestChannel[] = [
    ...(mailTo !== null ? (['email'] as const) : []),
    ...(settings.webhookUrl ? (['webhook'] as const) : []),
  ];
  if (channels.length === 0) return null;
  const now = deps.now();
  const { timeZone } = await userClock(deps.repos, now);
  const moment = localMoment(now, timeZone);
  if (!digestDue(settings, moment)) return null;

  let digest: Digest | undefined;
  const results: DigestSendResult['results'] = [];
  for (const channel of channels) {
    const claimed = await deps.repos.digest.claim({
      day: moment.day,
      channel,
      claimedBy,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
      maxAttempts: MAX_ATTEMPTS,
    });
    if (!claimed) continue;
    try {
      digest ??= await buildDigest(deps, { asOf: moment.day });
      await deliver(deps, channel, digest, settings);
      const at = deps.now().toISOString();
      await deps.repos.digest.finish({ day: moment.day, channel, status: 'sent', at, error: null, retryAt: at });
      results.push({ channel, ok: true, error: null });
    } catch (error) {
      const at = deps.now();
      const last = await deps.repos.digest.lastDelivery(channel);
      const retry = retryAfterFailure(last?.attempts ?? MAX_ATTEMPTS, at);
      await deps.repos.digest.finish({
        day: moment.day,
        channel,
        status: retry ? 'failed' : 'gave-up',
        at: at.toISOString(),
        error: errorText(error),
        retryAt: (retry ?? at).toISOString(),
      });
      results.push({ channel, ok: false, error: errorText(error) });
    }
  }
  return results.length > 0 ? { date: moment.day, results } : null;
}
