import { type DavCard as ReadCard, readDavCard, sameCardText } from '../../formats/dav-card.js';
import { isFormatError } from '../../formats/format-error.js';
import type { PhotoSource } from '../../formats/photo.js';
import { isKithError, KithError } from '../errors.js';
import { insertOccasions, newOccasions, readOccasion, replaceOccasions } from '../occasions/card-occasions.js';
import type { OccasionValues } from '../occasions/schema.js';
import { combinePeople, identityKeys } from '../people/combine-people.js';
import { buildPerson } from '../people/create-person.js';
import type { Person } from '../people/schema.js';
import type { PersonPhoto } from '../photos/schema.js';
import { preparePhoto, storePhoto } from '../photos/set-person-photo.js';
import type { Deps, OwnerRepos } from '../repos.js';
import { applyCard, cardInput } from './apply-card.js';
import { defaultCard, joinExtras } from './card-fields.js';
import { renderCards } from './read-cards.js';
import type { CardEntry } from './repo.js';
import { CARD_TOO_LARGE, cardEtag, MAX_CARD_BYTES, type PutCardInput, type PutCardResult } from './schema.js';

/** RFC 7232: `*` matches any current card; else one of the listed ETags must be the card's. */
function matches(header: string, etag: string | undefined): boolean {
  if (header.trim() === '*') return etag !== undefined;
  return etag !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Refuses a write made against another version of the card than the one stored (412). */
export function checkPreconditions(current: CardEntry | undefined, ifMatch?: string, ifNoneMatch?: string): void {
  const etag = current ? cardEtag(current) : undefined;
  if (ifMatch !== undefined && !matches(ifMatch, etag)) {
    throw new KithError('PRECONDITION_FAILED', etag ? 'The card changed since you read it' : 'There is no such card');
  }
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
    throw new KithError('PRECONDITION_FAILED', 'A card with this name already exists');
  }
}

/** A malformed card is the client's mistake (400), still naming the line. */
async function readCard(body: string): Promise<ReadCard> {
  if (Buffer.byteLength(body) > MAX_CARD_BYTES) {
    throw new KithError('PAYLOAD_TOO_LARGE', CARD_TOO_LARGE);
  }
  try {
    return await readDavCard(body);
  } catch (error) {
    if (isFormatError(error)) throw new KithError('BAD_REQUEST', error.message, { line: error.line });
    throw error;
  }
}

/** The name, UID and raw properties a card keeps, where they differ from what kith would write. */
async function keepExtras(repos: OwnerRepos, personId: string, href: string, card: ReadCard): Promise<boolean> {
  const before = (await repos.dav.extras([personId])).get(personId) ?? defaultCard(personId);
  const next = { href, uid: card.uid ?? before.uid, extras: card.extras };
  if (JSON.stringify(before) === JSON.stringify(next)) return false;
  await repos.dav.saveExtras(personId, next);
  return true;
}

/**
 * The person a new card from a phone is, as an import would find them: by the kith id in
 * its UID, else by an exact email or phone (never by name). Archived people are not matched.
 */
async function findExisting(repos: OwnerRepos, card: ReadCard, person: Person): Promise<Person | undefined> {
  const { phoneRegion } = await repos.settings.get();
  const kithId = card.record.kithId;
  const ids = kithId ? [kithId] : [];
  for (const { kind, key } of identityKeys(person, phoneRegion)) {
    if (kind !== 'link') ids.push(...(await repos.people.findByValue(kind, key)));
  }
  for (const id of ids) {
    const found = await repos.people.get(id);
    if (found && !found.archived) return found;
  }
  return undefined;
}

/** A card's occasions, validated; a date that is not one refuses the card (400), naming it as an import's warning does. */
function cardOccasions(card: ReadCard): OccasionValues[] {
  return (card.record.occasions ?? []).map((occasion) => {
    const read = readOccasion(occasion);
    if ('problem' in read) throw new KithError('BAD_REQUEST', `${occasion.label} "${occasion.date}": ${read.problem}`);
    return read.occasion;
  });
}

/**
 * A phone's PUT of one card. An existing card updates its person with the fields the card
 * carries (kith's own fields kept, `applyCard`); a new card becomes a person, unless an
 * import would match someone (kith id, exact email or phone), who is then updated as an
 * import does (empty fields filled, new values added) and answers at the new name from now
 * on. The card's anniversaries and other dates are the person's occasions: an existing card's
 * replace them, a new card's are added to a matched person's. Properties kith does not model are kept raw. A stale If-Match, or If-None-Match: *
 * on an existing card, is 412; a UID another card of the book has is 409
 * (no-uid-conflict, naming that card); nothing is written on any error.
 */
export async function putCard(deps: Deps, input: PutCardInput): Promise<PutCardResult> {
  const card = await readCard(input.body);
  const occasions = cardOccasions(card);
  const now = deps.now();
  // The picture is decoded and resized before the transaction (a bad one is 400, a huge one 413).
  const photo = card.record.photo ? await readPhoto(card.record.photo, now) : undefined;
  return deps.repos.transaction(async (repos) => {
    const found = await repos.dav.find(input.href);
    const current = found && !found.archived ? found : undefined;
    checkPreconditions(current, input.ifMatch, input.ifNoneMatch);
    // RFC 6352 6.3.2.1: a UID names one card of the address book; a card taking another's is refused.
    const sameUid = card.uid ? await repos.dav.findByUid(card.uid) : undefined;
    if (sameUid && sameUid.personId !== found?.personId) {
      throw new KithError('CONFLICT', `The card ${sameUid.href} already has this UID`, {
        precondition: 'no-uid-conflict',
        card: sameUid.href,
      });
    }

    if (found) {
      const person = await repos.people.get(found.personId);
      if (!person) throw new KithError('NOT_FOUND', 'There is no such card');
      await repos.people.save(applyCard(person, card, now));
      const datesChanged = await replaceOccasions(repos, person.id, occasions, now, card.record.anniversaryForms);
      const extrasChanged = await keepExtras(repos, person.id, input.href, card);
      if (datesChanged || extrasChanged) await repos.people.markCardsChanged([person.id]);
      // The card's photo is the person's: one removed on the phone is removed.
      if (photo) await storePhoto(repos, { ...photo, personId: person.id });
      else if (await repos.photos.remove(person.id)) await repos.people.markCardsChanged([person.id]);
      return { etag: await etagOf(repos, input.href, input.body), created: found.archived };
    }

    const incoming = buildPerson(cardInput(card), now);
    const existing = await findExisting(repos, card, incoming);
    if (!existing) {
      await repos.people.insert([incoming]);
      await insertOccasions(repos, incoming.id, newOccasions([], occasions), now);
      await keepExtras(repos, incoming.id, input.href, card);
      if (photo) await storePhoto(repos, { ...photo, personId: incoming.id });
      return { etag: await etagOf(repos, input.href, input.body), created: true };
    }
    // As an import does: the card's photo fills in only for someone who has none.
    if (photo && !(await repos.photos.get(existing.id))) await storePhoto(repos, { ...photo, personId: existing.id });
    const { phoneRegion } = await repos.settings.get();
    const combined = combinePeople(existing, incoming, { joinNotes: false, phoneRegion });
    await repos.people.save({ ...combined, updatedAt: now.toISOString() });
    const held = await repos.occasions.listForPerson(existing.id);
    await insertOccasions(repos, existing.id, newOccasions(held, occasions), now);
    const before = (await repos.dav.extras([existing.id])).get(existing.id) ?? defaultCard(existing.id);
    await repos.dav.markGone(before.href);
    await keepExtras(repos, existing.id, input.href, { ...card, extras: joinExtras(before.extras, card.extras) });
    await repos.people.markCardsChanged([existing.id]);
    return { etag: await etagOf(repos, input.href, input.body), created: true };
  });
}

/** A card's photo made ready to store; a picture that cannot be read is the client's mistake (400). */
async function readPhoto(source: PhotoSource, now: Date): Promise<PersonPhoto> {
  try {
    return await preparePhoto('', source, now);
  } catch (error) {
    if (isKithError(error) && error.code !== 'PAYLOAD_TOO_LARGE') {
      throw new KithError('BAD_REQUEST', `PHOTO: ${error.message}`);
    }
    throw error;
  }
}

/** The stored card's ETag when it is the card as sent, else undefined (kith changed or merged it). */
async function etagOf(repos: OwnerRepos, href: string, sent: string): Promise<string | undefined> {
  const found = await repos.dav.find(href);
  if (!found) throw new KithError('INTERNAL', `The card ${href} was written but cannot be read back`);
  const [card] = await renderCards(repos, [found]);
  return card && sameCardText(card.card, sent) ? cardEtag(found) : undefined;
}
