/** A card as the address book serves it: its name, strong ETag and vCard text. */
export type DavCard = { href: string; etag: string; card: string };

/** A phone's write of one card (PUT), with its preconditions as sent. */
export type PutCardInput = { href: string; body: string; ifMatch?: string; ifNoneMatch?: string };

/** The new ETag only when the card was stored exactly as sent; else the client is to fetch it. */
export type PutCardResult = { etag: string | undefined; created: boolean };

/** What changed since a sync token: cards to fetch (with ETags), names gone, the new token. */
export type CardChanges = { revision: number; changed: { href: string; etag: string }[]; gone: string[] };

/** The largest card a phone may send (a photo included). */
export const MAX_CARD_BYTES = 1024 * 1024;

/** A strong ETag: the card's revision, which moves exactly when the card does. */
export function cardEtag(revision: number): string {
  return `"${revision}"`;
}
