import type { Item } from '../items/schema.js';
import { buildItemProfile, rankPeopleForItem, type Suggestion } from '../matching/match-item.js';
import { PER_QUERY, pickCandidates, retrievalQueries } from '../matching/retrieval.js';
import type { OwnerRepos } from '../repos.js';

/**
 * The people who would most value an item, best first, with the reasons, leaving out
 * `exclude`. Candidates come from the people's word index, asked with the item's salient
 * terms and the vocabulary's names for its concepts; only they are read and ranked.
 */
export async function rankRecipients(
  repos: OwnerRepos,
  item: Item,
  exclude: ReadonlySet<string>,
  limit: number,
): Promise<Suggestion[]> {
  const queries = retrievalQueries(buildItemProfile(item));
  const answers = await repos.people.findByIndexWords(
    queries.map((query) => query.words),
    PER_QUERY,
  );
  const people = await repos.people.getMany(pickCandidates(queries, answers));
  return rankPeopleForItem(people, item, { exclude, limit });
}
