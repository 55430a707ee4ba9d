import type { Deps } from '../repos.js';
import { hashSecret, parseCredential } from './secrets.js';

/** Ends the session this cookie names, if it is the owner's. */
export async function signOut(deps: Deps, credential: string | undefined): Promise<void> {
  const parsed = parseCredential(credential);
  if (!parsed || parsed.ownerId !== deps.repos.ownerId) return;
  await deps.repos.auth.removeSession(hashSecret(parsed.secret));
}
