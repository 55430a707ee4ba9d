import { newId } from '../shared/ids.js';
import type { UsersRepo } from './repo.js';
import { LOCAL_USER_EMAIL, type User } from './schema.js';

/**
 * Single-user use works as the local owner: the first account, created on first run.
 * When accounts exist, the CLI acts as the first admin (the owner of a laptop install).
 */
export async function ensureLocalUser(users: UsersRepo, now: Date): Promise<User> {
  const existing = await users.list();
  const owner = existing.find((user) => user.isAdmin) ?? existing[0];
  if (owner) return owner;
  const user: User = {
    id: newId(),
    email: LOCAL_USER_EMAIL,
    displayName: null,
    isAdmin: true,
    createdAt: now.toISOString(),
  };
  await users.insert({ ...user, passwordHash: null });
  return user;
}
