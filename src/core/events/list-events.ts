import type { Deps } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { eventFilterSchema, type KithEvent } from './schema.js';

/** Events, most recent first, optionally by status, kind, organization (which must be yours) or date range. */
export async function listEvents(deps: Deps, filter: unknown = {}): Promise<KithEvent[]> {
  const parsed = parseInput(eventFilterSchema, filter);
  await requireOwned(deps.repos, [{ field: 'organizationId', kind: 'organization', ids: parsed.organizationId }]);
  return deps.repos.events.list(parsed);
}
