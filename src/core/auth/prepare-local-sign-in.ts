import { ensureLocalUser } from '../users/ensure-local-user.js';
import type { User } from '../users/schema.js';
import { createSignInLink } from './create-sign-in-link.js';
import type { AccountDeps } from './repo.js';

/**
 * Local mode: the owner exists (created on first run), and while it has neither a
 * password nor a session, `kith serve` offers a one-time link instead of a password;
 * only on a laptop, though: a server reachable from elsewhere (`loopbackOnly` false) or
 * with other accounts prints no link, which `kith users link` gives when asked.
 */
export async function prepareLocalSignIn(
  deps: AccountDeps,
  options: { loopbackOnly: boolean },
): Promise<{ owner: User; linkToken: string | null }> {
  const owner = await ensureLocalUser(deps.repos.users, deps.now());
  if (!options.loopbackOnly || (await deps.repos.users.count()) > 1) return { owner, linkToken: null };
  const hasPassword = Boolean(await deps.repos.users.getPasswordHash(owner.id));
  const hasSession = (await deps.repos.forOwner(owner.id).auth.countSessions()) > 0;
  if (hasPassword || hasSession) return { owner, linkToken: null };
  return { owner, linkToken: await createSignInLink(deps, owner.id) };
}
