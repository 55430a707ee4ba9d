import { KithError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import type { User } from '../users/schema.js';
import { addUser } from './add-user.js';
import { createSession } from './create-session.js';
import type { AccountDeps } from './repo.js';
import { type SignUpInput, signUpSchema } from './schema.js';

/**
 * Self-service accounts, only while an admin has sign-up turned on (a server setting);
 * never an admin. While it is off, nothing about the input is looked at.
 */
export async function signUp(deps: AccountDeps, input: SignUpInput): Promise<{ user: User; session: string }> {
  const { signUp: open } = await deps.repos.serverSettings.get();
  if (!open) throw new KithError('FORBIDDEN', 'Sign-up is off on this server; ask its admin for an account');
  const { email, password, displayName } = parseInput(signUpSchema, input);
  const user = await addUser(deps, { email, password, displayName, isAdmin: false });
  return { user, session: await createSession(deps, user.id) };
}
