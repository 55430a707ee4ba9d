import { KithError } from '../errors.js';
import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';
import { hashSecret, normalizeAppPassword } from './secrets.js';

/** last_used_at is refreshed at most once a minute, as for API tokens. */
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * The user an address-book client signs in as: HTTP Basic with the account's email and
 * one of its app passwords (`kith tokens create --dav`), never the login password or an
 * API token. Anything else is UNAUTHENTICATED, which the sign-in limiter counts.
 */
export async function resolveAppPassword(deps: AccountDeps, email: string, password: string): Promise<User> {
  const refused = new KithError(
    'UNAUTHENTICATED',
    'Sign in with your email and an app password (kith tokens create --dav)',
  );
  const user = await deps.repos.users.getByEmail(email.trim().toLowerCase());
  if (!user) throw refused;
  const owner = deps.repos.forOwner(user.id);
  const token = await owner.auth.getTokenByHash(hashSecret(normalizeAppPassword(password)));
  if (token?.kind !== 'dav') throw refused;
  const now = deps.now();
  const lastUsed = token.lastUsedAt ? Date.parse(token.lastUsedAt) : Number.NaN;
  if (!(now.getTime() - lastUsed <= TOUCH_EVERY_MS)) await owner.auth.touchToken(token.id, now.toISOString());
  return user;
}
