import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';
import { hashSecret, parseCredential, TOKEN_PREFIX } from './secrets.js';

/** last_used_at is refreshed at most once a minute, so a busy script does not write on every call. */
const TOUCH_EVERY_MS = 60 * 1000;

/** The user an API token belongs to, or undefined for an unknown or revoked token. */
export async function resolveToken(deps: AccountDeps, credential: string | undefined): Promise<User | undefined> {
  const parsed = parseCredential(credential, TOKEN_PREFIX);
  if (!parsed) return undefined;
  const auth = deps.repos.forOwner(parsed.ownerId).auth;
  const token = await auth.getTokenByHash(hashSecret(parsed.secret));
  if (!token) return undefined;
  const now = deps.now();
  if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS) {
    await auth.touchToken(token.id, now.toISOString());
  }
  return deps.repos.users.get(parsed.ownerId);
}
