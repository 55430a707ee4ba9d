import type { Page } from '../shared/pagination.js';
import type { Item, ItemFilter } from './schema.js';

/** What the item use-cases need from storage, already scoped to one owner. */
export type ItemsRepo = {
  insert(item: Item): Promise<void>;
  get(id: string): Promise<Item | undefined>;
  save(item: Item): Promise<void>;
  list(filter: ItemFilter): Promise<Page<Item>>;
};
