import { KithError } from '../errors.js';
import type { Deps, OwnerRepos } from '../repos.js';
import type { Item, ItemView, ShareRecord } from './schema.js';

export async function getItem(deps: Deps, id: string): Promise<Item> {
  const item = await deps.repos.items.get(id);
  if (!item) throw new KithError('ITEM_NOT_FOUND', `No item with id ${id}`);
  return item;
}

/** Who already got an item, and when: "already sent to X on D". */
export async function sharesOfItem(repos: OwnerRepos, itemId: string): Promise<ShareRecord[]> {
  const shares = await repos.shares.listForItem(itemId);
  const people = new Map((await repos.people.getMany(shares.map((share) => share.personId))).map((p) => [p.id, p]));
  return shares.map((share) => ({
    personId: share.personId,
    personName: people.get(share.personId)?.displayName ?? share.personId,
    sharedAt: share.sharedAt,
    note: share.note,
  }));
}

/** An item with the people it was already sent to. */
export async function showItem(deps: Deps, id: string): Promise<ItemView> {
  const item = await getItem(deps, id);
  return { ...item, sharedWith: await sharesOfItem(deps.repos, id) };
}
