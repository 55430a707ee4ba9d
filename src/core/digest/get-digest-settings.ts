import type { Deps } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { digestAddress, digestSettingsOf } from './digest-settings.js';
import type { DigestSettingsView } from './schema.js';

/** Settings, where the email goes, and how the last email and webhook deliveries went. */
export async function getDigestSettings(deps: Deps, mailConfigured: boolean): Promise<DigestSettingsView> {
  const { repos } = deps;
  const [settings, clock, lastEmail, lastWebhook] = await Promise.all([
    digestSettingsOf(repos),
    userClock(repos, deps.now()),
    repos.digest.lastDelivery('email'),
    repos.digest.lastDelivery('webhook'),
  ]);
  return {
    email: settings.email,
    hour: settings.hour,
    weekdays: settings.weekdays,
    webhookUrl: settings.webhookUrl,
    webhookSecret: settings.webhookSecret,
    address: await digestAddress(repos, settings),
    mailConfigured,
    timeZone: clock.timeZone,
    lastEmail: lastEmail ?? null,
    lastWebhook: lastWebhook ?? null,
  };
}
