import { getItem } from '../items/get-item.js';
import { buildItemProfile, rankPeopleForItem, type Suggestion } from '../matching/match-item.js';
import { PER_QUERY, pickCandidates, retrievalQueries } from '../matching/retrieval.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { type SuggestRecipientsInput, suggestRecipientsSchema } from './schema.js';

/**
 * The people who would most value an item, with the reasons; those who already got it
 * are left out. Candidates come from the people's word index, asked with the item's
 * salient terms and the vocabulary's names for its concepts; only they are read and ranked.
 */
export async function suggestRecipients(deps: Deps, input: SuggestRecipientsInput): Promise<Suggestion[]> {
  const { itemId, limit } = parseInput(suggestRecipientsSchema, input);
  const item = await getItem(deps, itemId);
  const queries = retrievalQueries(buildItemProfile(item));
  const [answers, shares] = await Promise.all([
    deps.repos.people.findByIndexWords(
      queries.map((query) => query.words),
      PER_QUERY,
    ),
    deps.repos.shares.listForItem(item.id),
  ]);
  const people = await deps.repos.people.getMany(pickCandidates(queries, answers));
  return rankPeopleForItem(people, item, { exclude: new Set(shares.map((share) => share.personId)), limit });
}
