import { timingSafeEqual } from 'node:crypto';
import type { AccountDeps } from '../auth/repo.js';
import { parseCredential } from '../auth/secrets.js';
import { KithError } from '../errors.js';

/**
 * Turns the email digest off for the owner named by an unsubscribe token
 * (`<ownerId>.<token>`, from the digest's List-Unsubscribe link). The webhook, if any,
 * stays. A wrong token is NOT_FOUND.
 */
export async function unsubscribeDigest(deps: AccountDeps, credential: string): Promise<void> {
  const parsed = parseCredential(credential);
  const notFound = new KithError('NOT_FOUND', 'This unsubscribe link is not valid');
  if (!parsed) throw notFound;
  const repos = deps.repos.forOwner(parsed.ownerId);
  const settings = await repos.digest.getSettings();
  const expected = Buffer.from(settings?.unsubscribeToken ?? '');
  const given = Buffer.from(parsed.secret);
  if (!settings || expected.length !== given.length || !timingSafeEqual(expected, given)) throw notFound;
  await repos.digest.saveSettings({ ...settings, email: false }, deps.now().toISOString());
}
