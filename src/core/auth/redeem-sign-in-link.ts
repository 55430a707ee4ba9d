import { KithError } from '../errors.js';
import { createSession } from './create-session.js';
import type { AccountDeps } from './repo.js';
import { hashSecret, parseCredential } from './secrets.js';

/** Uses up a one-time link and returns a new session for its user. */
export async function redeemSignInLink(deps: AccountDeps, token: string): Promise<string> {
  const parsed = parseCredential(token);
  const link = parsed && (await deps.repos.forOwner(parsed.ownerId).auth.takeSignInLink(hashSecret(parsed.secret)));
  if (!parsed || !link || Date.parse(link.expiresAt) < deps.now().getTime()) {
    throw new KithError('NOT_FOUND', 'This sign-in link has expired or was already used');
  }
  return createSession(deps, parsed.ownerId);
}
