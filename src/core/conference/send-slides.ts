import { getEvent } from '../events/resolve-event.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import type { ShareView } from '../shares/schema.js';
import { shareItem } from '../shares/share-item.js';
import { type SendSlidesInput, sendSlidesSchema } from './schema.js';
import { talkItem } from './talk-suggestions.js';

/**
 * Sends your talk's slides to someone: a share, as for any item. The first send saves the
 * talk as an item (title, description, the slides' address) and the event remembers it,
 * so later sends share the same item and nobody gets it twice.
 */
export async function sendSlides(deps: Deps, eventId: string, input: SendSlidesInput): Promise<ShareView> {
  const { personId, slidesUrl, note } = parseInput(sendSlidesSchema, input);
  return inTransaction(deps, async (tx) => {
    const event = await getEvent(tx, eventId);
    await requireOwned(tx.repos, [{ field: 'personId', kind: 'person', ids: personId }]);
    let item = event.talkItemId ? await tx.repos.items.get(event.talkItemId) : undefined;
    if (!item) {
      const at = deps.now().toISOString();
      item = { ...talkItem({ ...event, talkItemId: null }, at, slidesUrl ?? null), id: newId() };
      await tx.repos.items.insert(item);
      await tx.repos.events.save({ ...event, talkItemId: item.id, updatedAt: at });
    } else if (slidesUrl && !item.url) {
      item = { ...item, url: slidesUrl, updatedAt: deps.now().toISOString() };
      await tx.repos.items.save(item);
    }
    return shareItem(tx, { itemId: item.id, personId, note: note ?? undefined });
  });
}
