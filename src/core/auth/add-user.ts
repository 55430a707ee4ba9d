import { KithError } from '../errors.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import type { User } from '../users/schema.js';
import { hashPassword } from './password.js';
import type { AccountDeps } from './repo.js';
import { type AddUserInput, addUserSchema } from './schema.js';

/** Adds an account; without a password it can sign in only through a one-time link. */
export async function addUser(deps: AccountDeps, input: AddUserInput): Promise<User> {
  const parsed = parseInput(addUserSchema, input);
  if (await deps.repos.users.getByEmail(parsed.email)) {
    throw new KithError('ALREADY_EXISTS', `A user with email ${parsed.email} already exists`);
  }
  const user: User = {
    id: newId(),
    email: parsed.email,
    displayName: parsed.displayName,
    isAdmin: parsed.isAdmin,
    createdAt: deps.now().toISOString(),
  };
  const passwordHash = parsed.password ? await hashPassword(parsed.password) : null;
  await deps.repos.users.insert({ ...user, passwordHash });
  return user;
}
