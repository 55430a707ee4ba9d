import type { User } from '../users/schema.js';
import type { AccountDeps } from './repo.js';

export function listUsers(deps: AccountDeps): Promise<User[]> {
  return deps.repos.users.list();
}
