import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { eventFilterSchema, type KithEvent } from './schema.js';

/** Events, most recent first, optionally by status, kind, organization or date range. */
export async function listEvents(deps: Deps, filter: unknown = {}): Promise<KithEvent[]> {
  return deps.repos.events.list(parseInput(eventFilterSchema, filter));
}
