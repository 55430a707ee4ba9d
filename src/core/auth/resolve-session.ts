import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';
import { hashSecret, parseCredential } from './secrets.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

/** The user a session cookie belongs to, or undefined when it is unknown or idle too long. */
export async function resolveSession(
  deps: AccountDeps,
  credential: string | undefined,
  idleDays: number,
): Promise<User | undefined> {
  const parsed = parseCredential(credential);
  if (!parsed) return undefined;
  const auth = deps.repos.forOwner(parsed.ownerId).auth;
  const idHash = hashSecret(parsed.secret);
  const session = await auth.getSession(idHash);
  if (!session) return undefined;
  const now = deps.now();
  const idleMs = now.getTime() - Date.parse(session.lastSeenAt);
  if (idleMs > idleDays * DAY_MS) {
    await auth.removeSession(idHash);
    return undefined;
  }
  if (idleMs > TOUCH_EVERY_MS) await auth.touchSession(idHash, now.toISOString());
  return deps.repos.users.get(parsed.ownerId);
}
