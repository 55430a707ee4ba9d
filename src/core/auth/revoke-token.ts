import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';

export async function revokeToken(deps: Deps, id: string): Promise<void> {
  if (!(await deps.repos.auth.removeToken(id))) throw new KithError('TOKEN_NOT_FOUND', `No token with id ${id}`);
}
