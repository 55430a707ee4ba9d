import type { AccountDeps } from './repo.js';
import { formatCredential, hashSecret, newSecret, parseCredential } from './secrets.js';

/**
 * Device cookies (OWASP's answer to lockout): a browser that has signed in to an account
 * gets a cookie naming that account and a secret. While strangers' wrong passwords have
 * the account locked, attempts from such a browser are counted on their own, so the
 * owner still gets in; a stolen cookie buys only its own ten guesses.
 */
export async function rememberDevice(deps: AccountDeps, userId: string): Promise<string> {
  const secret = newSecret(16);
  await deps.repos
    .forOwner(userId)
    .auth.insertDevice({ secretHash: hashSecret(secret), createdAt: deps.now().toISOString() });
  return formatCredential(userId, secret);
}

/**
 * The device key to count this attempt under, when the cookie is one this server gave a
 * browser that signed in to `email`'s account; undefined for any other cookie or none.
 */
export async function knownDevice(
  deps: AccountDeps,
  email: string,
  cookie: string | undefined,
): Promise<string | undefined> {
  const parsed = parseCredential(cookie);
  if (!parsed) return undefined;
  const user = await deps.repos.users.getByEmail(email);
  if (user?.id !== parsed.ownerId) return undefined;
  const secretHash = hashSecret(parsed.secret);
  return (await deps.repos.forOwner(user.id).auth.hasDevice(secretHash)) ? `device:${secretHash}` : undefined;
}
