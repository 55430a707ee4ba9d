import type { Item } from '../items/schema.js';
import { buildItemProfile, rankPeopleForItem, type Suggestion } from '../matching/match-item.js';
import {
  type IndexAnswer,
  PER_QUERY,
  pickCandidates,
  QUERY_BATCH,
  READ_BUDGET,
  retrievalQueries,
} from '../matching/retrieval.js';
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
  // The strongest questions first, a batch at a time, until enough matches are read: on a
  // small network every question is asked; on a large one common words stop it early.
  const answers: IndexAnswer[] = [];
  let read = 0;
  for (let start = 0; start < queries.length && read < READ_BUDGET; start += QUERY_BATCH) {
    const batch = queries.slice(start, start + QUERY_BATCH).map((query) => query.words);
    for (const answer of await repos.people.findByIndexWords(batch, PER_QUERY)) {
      answers.push(answer);
      read += answer.keys.length;
    }
  }
  const people = await repos.people.getByIndexKeys(pickCandidates(queries, answers));
  return rankPeopleForItem(people, item, { exclude, limit });
}
