import type { Deps } from '../repos.js';
import type { ApiToken } from './schema.js';

export function listTokens(deps: Deps): Promise<ApiToken[]> {
  return deps.repos.auth.listTokens();
}
