import { KithError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import type { User } from '../users/schema.js';
import { hashPassword, verifyPassword } from './password.js';
import type { AccountDeps } from './repo.js';
import { type ChangePasswordInput, changePasswordSchema } from './schema.js';
import { hashSecret, parseCredential } from './secrets.js';

export type ChangePasswordOptions = {
  /** Over HTTP the current password is required (when there is one); the CLI on the machine skips it. */
  requireCurrent: boolean;
  /** The session making the change stays signed in; every other session ends. */
  keepSession?: string;
};

export async function changePassword(
  deps: AccountDeps,
  user: User,
  input: ChangePasswordInput,
  options: ChangePasswordOptions,
): Promise<void> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const stored = await deps.repos.users.getPasswordHash(user.id);
  if (options.requireCurrent && stored && !(await verifyPassword(stored, currentPassword ?? ''))) {
    throw new KithError('FORBIDDEN', 'currentPassword: is not your current password');
  }
  await deps.repos.users.setPasswordHash(user.id, await hashPassword(newPassword));
  const kept = parseCredential(options.keepSession);
  const keepHash = kept && kept.ownerId === user.id ? hashSecret(kept.secret) : null;
  await deps.repos.forOwner(user.id).auth.removeSessionsExcept(keepHash);
}
