import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { type CardChanges, type CardClock, cardEtag } from './schema.js';

/**
 * What changed since a sync token's point of the clock (RFC 6578): every card with no
 * token, else cards written after it and names gone after it. A token of another epoch
 * (from before a restore, ADR 0057) or ahead of the clock (another server's) is refused,
 * so the client starts afresh.
 */
export async function syncCards(deps: Deps, since: CardClock | null): Promise<CardChanges> {
  // The clock is read first: every revision up to it is committed, so none is skipped.
  const clock = await deps.repos.dav.clock();
  if (since !== null && (since.epoch !== clock.epoch || since.revision > clock.revision)) {
    throw new KithError('FORBIDDEN', 'This sync token is not valid here; sync again without one', {
      precondition: 'valid-sync-token',
    });
  }
  if (since === null) {
    const cards = await deps.repos.dav.list();
    return { clock, changed: cards.map((card) => ({ href: card.href, etag: cardEtag(card) })), gone: [] };
  }
  const { changed, gone } = await deps.repos.dav.changesSince(since.revision);
  return { clock, changed: changed.map((card) => ({ href: card.href, etag: cardEtag(card) })), gone };
}
