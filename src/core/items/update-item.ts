import { type Deps, inTransaction } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { getItem } from './get-item.js';
import { type Item, type UpdateItemInput, updateItemSchema } from './schema.js';

/** Partial update: only the fields present change. */
export async function updateItem(deps: Deps, id: string, input: UpdateItemInput): Promise<Item> {
  const patch = parseInput(updateItemSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getItem(tx, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const updated: Item = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    await tx.repos.items.save(updated);
    return updated;
  });
}

/** An archived item is kept, with its shares, but leaves lists. */
export async function setItemArchived(deps: Deps, id: string, archived: boolean): Promise<Item> {
  return inTransaction(deps, async (tx) => {
    const current = await getItem(tx, id);
    const updated: Item = { ...current, archived, updatedAt: deps.now().toISOString() };
    await tx.repos.items.save(updated);
    return updated;
  });
}
