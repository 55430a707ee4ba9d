import { getItem } from '../items/get-item.js';
import type { Suggestion } from '../matching/match-item.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { rankRecipients } from './rank-recipients.js';
import { type SuggestRecipientsInput, suggestRecipientsSchema } from './schema.js';

/** The people who would most value an item, with the reasons; those who already got it are left out. */
export async function suggestRecipients(deps: Deps, input: SuggestRecipientsInput): Promise<Suggestion[]> {
  const { itemId, limit } = parseInput(suggestRecipientsSchema, input);
  const item = await getItem(deps, itemId);
  const shares = await deps.repos.shares.listForItem(item.id);
  return rankRecipients(deps.repos, item, new Set(shares.map((share) => share.personId)), limit);
}
