/** A card as the address book serves it: its name, strong ETag and vCard text. */
export type DavCard = { href: string; etag: string; card: string };

/** A phone's write of one card (PUT), with its preconditions as sent. */
export type PutCardInput = { href: string; body: string; ifMatch?: string; ifNoneMatch?: string };

/** The new ETag only when the card was stored exactly as sent; else the client is to fetch it. */
export type PutCardResult = { etag: string | undefined; created: boolean };

/** What changed since a sync token: cards to fetch (with ETags), names gone, the new token. */
export type CardChanges = { revision: number; changed: { href: string; etag: string }[]; gone: string[] };

/**
 * The largest card a phone may send: room for the largest photo kith takes (MAX_PHOTO_BYTES,
 * 10 MiB) base64-encoded (4/3) and folded (3 octets more every 75: about 14.2 MiB), and for
 * the rest of the card. A photo over 10 MiB in a smaller card is refused by the photo's own check.
 */
export const MAX_CARD_BYTES = 16 * 1024 * 1024;

/** Why a card over MAX_CARD_BYTES is refused (413), in the unit the README gives. */
export const CARD_TOO_LARGE = `A card may be at most ${MAX_CARD_BYTES / (1024 * 1024)} MiB`;

/** A strong ETag: the card's revision, which moves exactly when the card does. */
export function cardEtag(revision: number): string {
  return `"${revision}"`;
}
