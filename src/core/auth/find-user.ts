import { KithError } from '../errors.js';
import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';

/** A user by id or email (the CLI takes either). */
export async function findUser(deps: AccountDeps, idOrEmail: string): Promise<User> {
  const key = idOrEmail.trim();
  const user = key.includes('@') ? await deps.repos.users.getByEmail(key) : await deps.repos.users.get(key);
  if (!user) throw new KithError('USER_NOT_FOUND', `No user ${key}`);
  return user;
}
