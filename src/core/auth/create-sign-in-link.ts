import type { AccountDeps } from './repo.js';
import { SIGN_IN_LINK_MINUTES } from './schema.js';
import { formatCredential, hashSecret, newSecret } from './secrets.js';

/** A one-time sign-in token for `/auth/link/<token>`: single use, valid for a few minutes. */
export async function createSignInLink(deps: AccountDeps, userId: string): Promise<string> {
  const secret = newSecret(32);
  const now = deps.now();
  await deps.repos.forOwner(userId).auth.insertSignInLink({
    tokenHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60 * 1000).toISOString(),
  });
  return formatCredential(userId, secret);
}
