import type { CacheStore } from '../shared/cache-store.js';
import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';
import { hashSecret, parseCredential, TOKEN_PREFIX } from './secrets.js';

/** last_used_at is refreshed at most once a minute, so a busy script does not write on every call. */
const TOUCH_EVERY_MS = 60 * 1000;

/** A token found valid: for whom, when it was last marked used, and the owner's change mark then. */
export type ResolvedToken = { mark: string; user: User; lastUsedAt: number };

/** Resolved tokens by owner id and hash of the secret (never the secret itself). */
export type TokenCacheStore = CacheStore<ResolvedToken>;

/**
 * The user an API token belongs to, or undefined for an unknown or revoked token. With a
 * cache, a token resolved before is trusted again while the owner's change mark is the
 * same: revoking a token or removing the user is a write that moves it, in this process
 * or another (ADR 0010), so a revoked token stops working at once everywhere.
 */
export async function resolveToken(
  deps: AccountDeps,
  credential: string | undefined,
  cache?: TokenCacheStore,
): Promise<User | undefined> {
  const parsed = parseCredential(credential, TOKEN_PREFIX);
  if (!parsed) return undefined;
  const owner = deps.repos.forOwner(parsed.ownerId);
  const tokenHash = hashSecret(parsed.secret);
  const now = deps.now().getTime();
  const key = `${parsed.ownerId}.${tokenHash}`;
  // Read before the lookup: a revocation that lands meanwhile moves the mark past this one.
  const mark = cache ? await owner.changeMark() : null;
  if (cache && mark !== null) {
    const cached = await cache.get(key);
    if (cached && cached.mark === mark && now - cached.lastUsedAt <= TOUCH_EVERY_MS) return cached.user;
  }

  const token = await owner.auth.getTokenByHash(tokenHash);
  // An app password opens the address book only (resolveAppPassword), never the API.
  if (token?.kind !== 'api') return undefined;
  let lastUsedAt = token.lastUsedAt ? Date.parse(token.lastUsedAt) : Number.NaN;
  if (!(now - lastUsedAt <= TOUCH_EVERY_MS)) {
    await owner.auth.touchToken(token.id, new Date(now).toISOString());
    lastUsedAt = now;
  }
  const user = await deps.repos.users.get(parsed.ownerId);
  if (user && cache && mark !== null) await cache.set(key, { mark, user, lastUsedAt });
  return user;
}
