import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreatedToken, type CreateTokenInput, createTokenSchema } from './schema.js';
import {
  formatCredential,
  hashSecret,
  newAppPassword,
  newSecret,
  normalizeAppPassword,
  TOKEN_PREFIX,
} from './secrets.js';

/**
 * A token for scripts, or (`dav`) an app password for a phone's address book; the returned
 * secret is shown once and stored only as its hash. Each works only where it is meant to.
 */
export async function createToken(deps: Deps, input: CreateTokenInput): Promise<CreatedToken> {
  const { name, dav } = parseInput(createTokenSchema, input);
  const token = {
    id: newId(),
    name,
    kind: dav ? 'dav' : 'api',
    createdAt: deps.now().toISOString(),
    lastUsedAt: null,
  } as const;
  if (dav) {
    const password = newAppPassword();
    await deps.repos.auth.insertToken({ ...token, tokenHash: hashSecret(normalizeAppPassword(password)) });
    return { ...token, token: password };
  }
  const secret = newSecret(32);
  await deps.repos.auth.insertToken({ ...token, tokenHash: hashSecret(secret) });
  return { ...token, token: formatCredential(deps.repos.ownerId, secret, TOKEN_PREFIX) };
}
