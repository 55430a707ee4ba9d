import { KithError } from '../errors.js';
import type { User } from '../users/schema.js';
import { findUser } from './find-user.js';
import type { AccountDeps } from './repo.js';

/** Removes an account and, by cascade, everything it owns; the last admin stays. */
export async function removeUser(deps: AccountDeps, idOrEmail: string): Promise<User> {
  const user = await findUser(deps, idOrEmail);
  if (user.isAdmin) {
    const admins = (await deps.repos.users.list()).filter((other) => other.isAdmin);
    if (admins.length <= 1) throw new KithError('CONFLICT', `${user.email} is the last admin and cannot be removed`);
  }
  await deps.repos.users.remove(user.id);
  return user;
}
