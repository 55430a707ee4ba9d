import { newId } from '../shared/ids.js';

/** A card as the address book serves it: its name, strong ETag and vCard text. */
export type DavCard = { href: string; etag: string; card: string };

/** A phone's write of one card (PUT), with its preconditions as sent. */
export type PutCardInput = { href: string; body: string; ifMatch?: string; ifNoneMatch?: string };

/** The new ETag only when the card was stored exactly as sent; else the client is to fetch it. */
export type PutCardResult = { etag: string | undefined; created: boolean };

/**
 * A point of the owner's card clock: a revision in an epoch. A restore starts a new epoch
 * (ADR 0057), so ETags and sync tokens handed out before it, whose revisions the restored
 * clock counts again, never match anything after it. Before any restore the epoch is ''.
 */
export type CardClock = { epoch: string; revision: number };

/** What changed since a sync token: cards to fetch (with ETags), names gone, the clock for the new token. */
export type CardChanges = { clock: CardClock; changed: { href: string; etag: string }[]; gone: string[] };

/**
 * The largest card a phone may send: room for the largest photo kith takes (MAX_PHOTO_BYTES,
 * 10 MiB) base64-encoded (4/3) and folded (3 octets more every 75: about 14.2 MiB), and for
 * the rest of the card. A photo over 10 MiB in a smaller card is refused by the photo's own check.
 */
export const MAX_CARD_BYTES = 16 * 1024 * 1024;

/** Why a card over MAX_CARD_BYTES is refused (413), in the unit the README gives. */
export const CARD_TOO_LARGE = `A card may be at most ${MAX_CARD_BYTES / (1024 * 1024)} MiB`;

/** The clock's point as text: the revision, after the epoch when there is one ("7", "01jf3k9x2a-7"). */
export function clockText({ epoch, revision }: CardClock): string {
  return epoch === '' ? String(revision) : `${epoch}-${revision}`;
}

/** A strong ETag: the card's revision in its epoch, which moves exactly when the card does. */
export function cardEtag(card: CardClock): string {
  return `"${clockText(card)}"`;
}

/** A new epoch's name: ten characters of a ULID's random part (lowercase letters and digits, no '-'). */
export function newCardEpoch(): string {
  return newId().slice(-10);
}
