import { KithError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import type { User } from '../users/schema.js';
import { createSession } from './create-session.js';
import { hashPassword, verifyPassword } from './password.js';
import type { AccountDeps } from './repo.js';
import { type SignInInput, signInSchema } from './schema.js';

let decoy: Promise<string> | undefined;

/**
 * Checks an email and password and starts a new session (a fresh id at every sign-in).
 * An unknown email costs the same hashing as a wrong password, so timing does not tell
 * which accounts exist.
 */
export async function signIn(deps: AccountDeps, input: SignInInput): Promise<{ user: User; session: string }> {
  const { email, password } = parseInput(signInSchema, input);
  const user = await deps.repos.users.getByEmail(email);
  const stored = user ? await deps.repos.users.getPasswordHash(user.id) : null;
  if (!user || !stored) {
    decoy ??= hashPassword('kith-decoy-password');
    await verifyPassword(await decoy, password);
    throw new KithError('UNAUTHENTICATED', 'Wrong email or password');
  }
  if (!(await verifyPassword(stored, password))) throw new KithError('UNAUTHENTICATED', 'Wrong email or password');
  return { user, session: await createSession(deps, user.id) };
}
