import { addressesOf, type Person } from '../people/schema.js';
import type { StoredCard } from './repo.js';

/**
 * The fields of a person an address-book card is written from (`personToDavCard`). A
 * write that changes none of them leaves the card, its ETag and the sync token alone;
 * kith-only fields (tier, cadence, topics, offers, needs, how you met) are not on the card.
 */
function cardFields(person: Person): unknown[] {
  return [
    person.displayName,
    person.givenName,
    person.familyName,
    person.nickname,
    person.company,
    person.title,
    person.emails,
    person.phones,
    person.links,
    person.location,
    addressesOf(person),
    person.birthday,
    person.notes,
    person.tags,
    person.archived,
  ];
}

/** Whether two versions of a person have the same address-book card. */
export function sameCard(a: Person, b: Person): boolean {
  return JSON.stringify(cardFields(a)) === JSON.stringify(cardFields(b));
}

/** A card's name in the address book unless a phone chose another when it created it. */
export function defaultCardHref(personId: string): string {
  return `${personId}.vcf`;
}

/** Raw properties of two cards of one person: the first's, then the second's it lacks. */
export function joinExtras(first: readonly string[], second: readonly string[]): string[] {
  return [...first, ...second.filter((line) => !first.includes(line))];
}

/** A person's card as kith makes it: the default name, kith's UID (as in its vCard export), nothing raw. */
export function defaultCard(personId: string): StoredCard {
  return { href: defaultCardHref(personId), uid: `urn:kith:${personId}`, extras: [] };
}
