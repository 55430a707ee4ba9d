import type { Deps } from '../repos.js';
import type { Page } from '../shared/pagination.js';
import { parseInput } from '../shared/validate.js';
import { type Item, itemFilterSchema } from './schema.js';

/** Items, newest first; archived ones only when asked for. */
export async function listItems(deps: Deps, filter: unknown = {}): Promise<Page<Item>> {
  return deps.repos.items.list(parseInput(itemFilterSchema, filter));
}
