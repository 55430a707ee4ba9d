import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getItem } from './get-item.js';
import { type Item, type UpdateItemInput, updateItemSchema } from './schema.js';

/** Partial update: only the fields present change. */
export async function updateItem(deps: Deps, id: string, input: UpdateItemInput): Promise<Item> {
  const patch = parseInput(updateItemSchema, input);
  return deps.repos.transaction(async (repos) => {
    const current = await getItem({ ...deps, repos }, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const updated: Item = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    await repos.items.save(updated);
    return updated;
  });
}

/** An archived item is kept, with its shares, but leaves lists. */
export async function setItemArchived(deps: Deps, id: string, archived: boolean): Promise<Item> {
  return deps.repos.transaction(async (repos) => {
    const current = await getItem({ ...deps, repos }, id);
    const updated: Item = { ...current, archived, updatedAt: deps.now().toISOString() };
    await repos.items.save(updated);
    return updated;
  });
}
