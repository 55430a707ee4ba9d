import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { type CardChanges, cardEtag } from './schema.js';

/**
 * What changed since a sync token's revision (RFC 6578): every card with no token, else
 * cards written after it and names gone after it. A token ahead of the clock (another
 * server's, or from before a restore) is refused, so the client starts afresh.
 */
export async function syncCards(deps: Deps, since: number | null): Promise<CardChanges> {
  // The clock is read first: every revision up to it is committed, so none is skipped.
  const revision = await deps.repos.dav.revision();
  if (since !== null && since > revision) {
    throw new KithError('FORBIDDEN', 'This sync token is not valid here; sync again without one', {
      precondition: 'valid-sync-token',
    });
  }
  if (since === null) {
    const cards = await deps.repos.dav.list();
    return { revision, changed: cards.map((card) => ({ href: card.href, etag: cardEtag(card.revision) })), gone: [] };
  }
  const { changed, gone } = await deps.repos.dav.changesSince(since);
  return { revision, changed: changed.map((card) => ({ href: card.href, etag: cardEtag(card.revision) })), gone };
}
