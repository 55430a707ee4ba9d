import { personToDavCard } from '../../formats/dav-card.js';
import type { VcardVersion } from '../../formats/vcard-writer.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { defaultCard } from './card-fields.js';
import type { CardEntry } from './repo.js';
import { cardEtag, type DavCard } from './schema.js';

/** Every card of the address book (people not archived), with ETags, without their text. */
export async function listCards(deps: Deps): Promise<{ href: string; etag: string }[]> {
  const cards = await deps.repos.dav.list();
  return cards.map((card) => ({ href: card.href, etag: cardEtag(card) }));
}

/** The cards at these names, in their order; a name with no card (or an archived person's) is left out. */
export async function readCards(
  deps: Deps,
  hrefs: readonly string[],
  version: VcardVersion = '3.0',
): Promise<DavCard[]> {
  const cards = await deps.repos.dav.findMany(hrefs);
  const found = hrefs.flatMap((href) => {
    const card = cards.get(href);
    return card && !card.archived ? [card] : [];
  });
  return renderCards(deps.repos, found, version);
}

/** The text of these cards (vCard 3.0, or 4.0 when the client asks): the people read in one go, with their photos, occasions and what their phone kept on them. */
export async function renderCards(
  repos: OwnerRepos,
  cards: readonly CardEntry[],
  version: VcardVersion = '3.0',
): Promise<DavCard[]> {
  const ids = cards.map((card) => card.personId);
  const people = new Map((await repos.people.getMany(ids)).map((person) => [person.id, person]));
  const extras = await repos.dav.extras(ids);
  const photos = await repos.photos.getMany(ids);
  const occasions = await repos.occasions.listForPeople(ids);
  return cards.flatMap((card) => {
    const person = people.get(card.personId);
    if (!person) return [];
    const kept = extras.get(card.personId);
    const text = personToDavCard(
      person,
      kept ?? defaultCard(person.id),
      photos.get(person.id),
      version,
      occasions.get(person.id),
    );
    return [{ href: card.href, etag: cardEtag(card), card: text }];
  });
}
