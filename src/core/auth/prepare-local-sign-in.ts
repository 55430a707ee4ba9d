import { ensureLocalUser } from '../users/ensure-local-user.js';
import type { User } from '../users/schema.js';
import { createSignInLink } from './create-sign-in-link.js';
import type { AccountDeps } from './repo.js';

/**
 * Local mode: the owner exists (created on first run), and while it has neither a
 * password nor a session, `kith serve` offers a one-time link instead of a password.
 */
export async function prepareLocalSignIn(deps: AccountDeps): Promise<{ owner: User; linkToken: string | null }> {
  const owner = await ensureLocalUser(deps.repos.users, deps.now());
  const hasPassword = Boolean(await deps.repos.users.getPasswordHash(owner.id));
  const hasSession = (await deps.repos.forOwner(owner.id).auth.countSessions()) > 0;
  if (hasPassword || hasSession) return { owner, linkToken: null };
  return { owner, linkToken: await createSignInLink(deps, owner.id) };
}
