import type { Deps } from '../repos.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreatedToken, type CreateTokenInput, createTokenSchema } from './schema.js';
import { formatCredential, hashSecret, newSecret, TOKEN_PREFIX } from './secrets.js';

/** A token for scripts; the returned secret is shown once and stored only as its hash. */
export async function createToken(deps: Deps, input: CreateTokenInput): Promise<CreatedToken> {
  const { name } = parseInput(createTokenSchema, input);
  const secret = newSecret(32);
  const token = { id: newId(), name, createdAt: deps.now().toISOString(), lastUsedAt: null };
  await deps.repos.auth.insertToken({ ...token, tokenHash: hashSecret(secret) });
  return { ...token, token: formatCredential(deps.repos.ownerId, secret, TOKEN_PREFIX) };
}
