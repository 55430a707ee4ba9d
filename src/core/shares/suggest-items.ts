import type { Item } from '../items/schema.js';
import { rankItemsForPerson } from '../matching/rank-items.js';
import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type ItemSuggestion, type SuggestItemsInput, suggestItemsSchema } from './schema.js';

/** The owner's unarchived items this person would most value, leaving out what they were already sent. */
export async function suggestItems(deps: Deps, input: SuggestItemsInput): Promise<ItemSuggestion[]> {
  const { personId, limit } = parseInput(suggestItemsSchema, input);
  const person = await getPerson(deps, personId);
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.repos.items.list({ archived: 'exclude', limit: 1000, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const shares = await deps.repos.shares.listForPerson(person.id);
  return rankItemsForPerson(person, items, { exclude: new Set(shares.map((share) => share.itemId)), limit });
}
