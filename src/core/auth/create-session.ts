import type { AccountDeps } from './repo.js';
import { formatCredential, hashSecret, newSecret } from './secrets.js';

/** Starts a session for a user and returns its cookie value; only its hash is stored. */
export async function createSession(deps: AccountDeps, userId: string): Promise<string> {
  const secret = newSecret(16);
  const at = deps.now().toISOString();
  await deps.repos.forOwner(userId).auth.insertSession({ idHash: hashSecret(secret), createdAt: at, lastSeenAt: at });
  return formatCredential(userId, secret);
}
