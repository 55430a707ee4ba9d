import { newSecret } from '../auth/secrets.js';
import type { OwnerRepos } from '../repos.js';
import { LOCAL_USER_EMAIL } from '../users/schema.js';
import { DEFAULT_DIGEST_HOUR, type DigestSettings } from './schema.js';

/** The owner's digest settings, or the defaults (off, 7:00, Monday to Friday) with a fresh unsubscribe token. */
export async function digestSettingsOf(repos: OwnerRepos): Promise<DigestSettings> {
  return (
    (await repos.digest.getSettings()) ?? {
      email: false,
      address: null,
      hour: DEFAULT_DIGEST_HOUR,
      weekdays: [1, 2, 3, 4, 5],
      webhookUrl: null,
      webhookSecret: null,
      unsubscribeToken: newSecret(16),
    }
  );
}

/**
 * Where the digest email goes: the address set in its settings, else the account's. The
 * local owner's `owner@localhost` is no one's mailbox (as for your own card), so until
 * an address is set a laptop install has none and sends no email.
 */
export async function digestAddress(repos: OwnerRepos, settings: DigestSettings): Promise<string | null> {
  if (settings.address !== null) return settings.address;
  const { email } = await repos.digest.account();
  return email === LOCAL_USER_EMAIL ? null : email;
}
