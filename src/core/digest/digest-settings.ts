import { newSecret } from '../auth/secrets.js';
import type { OwnerRepos } from '../repos.js';
import { DEFAULT_DIGEST_HOUR, type DigestSettings } from './schema.js';

/** The owner's digest settings, or the defaults (off, 7:00, Monday to Friday) with a fresh unsubscribe token. */
export async function digestSettingsOf(repos: OwnerRepos): Promise<DigestSettings> {
  return (
    (await repos.digest.getSettings()) ?? {
      email: false,
      hour: DEFAULT_DIGEST_HOUR,
      weekdays: [1, 2, 3, 4, 5],
      webhookUrl: null,
      webhookSecret: null,
      unsubscribeToken: newSecret(16),
    }
  );
}
