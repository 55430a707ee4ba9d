import { KithError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import type { User } from '../users/schema.js';
import { addUser } from './add-user.js';
import { createSession } from './create-session.js';
import type { AccountDeps } from './repo.js';
import { type SignUpInput, signUpSchema } from './schema.js';

/** Self-service accounts, only where the server's admin turned sign-up on; never an admin. */
export async function signUp(
  deps: AccountDeps,
  input: SignUpInput,
  allowed: boolean,
): Promise<{ user: User; session: string }> {
  if (!allowed) throw new KithError('FORBIDDEN', 'Sign-up is off on this server; ask its admin for an account');
  const { email, password, displayName } = parseInput(signUpSchema, input);
  const user = await addUser(deps, { email, password, displayName, isAdmin: false });
  return { user, session: await createSession(deps, user.id) };
}
