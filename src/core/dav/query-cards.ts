import type { VcardVersion } from '../../formats/vcard-writer.js';
import type { Deps } from '../repos.js';
import { type CardFilter, matchesCardFilter } from './query.js';
import { renderCards } from './read-cards.js';
import type { DavCard } from './schema.js';

/** The cards an addressbook-query asks for (by FN, N, NICKNAME, EMAIL, TEL or ORG), at most `limit`. */
export async function queryCards(
  deps: Deps,
  filter: CardFilter,
  limit?: number,
  version: VcardVersion = '3.0',
): Promise<DavCard[]> {
  const entries = new Map((await deps.repos.dav.list()).map((card) => [card.personId, card]));
  const matching = (await deps.repos.people.all()).filter(
    (person) => entries.has(person.id) && matchesCardFilter(person, filter),
  );
  const cards = matching.slice(0, limit ?? matching.length).flatMap((person) => entries.get(person.id) ?? []);
  return renderCards(deps.repos, cards, version);
}
