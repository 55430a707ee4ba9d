import { KithError } from '../errors.js';
import { setArchived } from '../people/update-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { checkPreconditions } from './put-card.js';

/**
 * A phone's DELETE of a card archives the person: their history stays, and restoring them
 * (`kith people unarchive`, the web) brings the card back. A stale If-Match is 412.
 */
export async function deleteCard(deps: Deps, href: string, ifMatch?: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const found = await tx.repos.dav.find(href);
    if (!found || found.archived) throw new KithError('NOT_FOUND', 'There is no such card');
    checkPreconditions(found, ifMatch);
    await setArchived(tx, found.personId, true);
  });
}
