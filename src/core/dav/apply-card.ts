import type { DavCard as ReadCard } from '../../formats/dav-card.js';
import { buildPerson } from '../people/create-person.js';
import type { CreatePersonInput, Person } from '../people/schema.js';

/** A card's fields as person input (validated by the person schema when built). */
export function cardInput(card: ReadCard): CreatePersonInput {
  const { record } = card;
  return {
    displayName: record.displayName ?? '',
    givenName: record.givenName,
    familyName: record.familyName,
    nickname: record.nickname,
    company: record.company,
    title: record.title,
    emails: record.emails,
    phones: record.phones,
    links: [...new Map(record.links.map((link) => [link.url, link])).values()],
    birthday: record.birthday,
    notes: record.notes,
    tags: record.tags,
    addresses: record.addresses ?? [],
    location: card.location,
  };
}

/**
 * A person after a phone's edit of their card: the fields the card carries are written
 * (a value removed on the phone is removed), kith's own fields (tier, cadence, topics,
 * offers, needs, how you met, industry) are kept; postal addresses are the card's; the location changes only when the card
 * carries kith's location address. Invalid values fail with VALIDATION_FAILED.
 */
export function applyCard(current: Person, card: ReadCard, now: Date): Person {
  const read = buildPerson(cardInput(card), now);
  return {
    ...current,
    displayName: read.displayName,
    givenName: read.givenName,
    familyName: read.familyName,
    nickname: read.nickname,
    company: read.company,
    title: read.title,
    emails: read.emails,
    phones: read.phones,
    links: read.links,
    birthday: read.birthday,
    notes: read.notes,
    tags: read.tags,
    addresses: read.addresses,
    location: card.location === null ? current.location : read.location,
    archived: false,
    updatedAt: now.toISOString(),
  };
}
