import { KithError } from '../errors.js';
import { recordInteraction } from '../interactions/record-interaction.js';
import { getItem } from '../items/get-item.js';
import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { localDateOf, yearlyDateWords } from '../shared/dates.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreateShareInput, createShareSchema, type Share, type ShareView } from './schema.js';

/**
 * Records that an item went to a person, with a note, as an interaction with them. Sending the same item to the
 * same person twice is refused, with the date it was already sent.
 */
export async function shareItem(deps: Deps, input: CreateShareInput): Promise<ShareView> {
  const data = parseInput(createShareSchema, input);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [
      { field: 'itemId', kind: 'item', ids: data.itemId },
      { field: 'personId', kind: 'person', ids: data.personId },
    ]);
    const item = await getItem(tx, data.itemId);
    const person = await getPerson(tx, data.personId);
    const earlier = (await tx.repos.shares.listForItem(item.id)).find((share) => share.personId === person.id);
    if (earlier) {
      // The day in words, as the owner's day: "on June 3, 2026".
      const { timeZone } = await userClock(tx.repos, deps.now());
      const day = yearlyDateWords(localDateOf(new Date(earlier.sharedAt), timeZone));
      throw new KithError('ALREADY_EXISTS', `Already sent "${item.title}" to ${person.displayName} on ${day}`, {
        shareId: earlier.id,
        sharedAt: earlier.sharedAt,
      });
    }
    const share: Share = {
      id: newId(),
      itemId: item.id,
      personId: person.id,
      sharedAt: data.sharedAt ? new Date(data.sharedAt).toISOString() : deps.now().toISOString(),
      note: data.note,
    };
    await tx.repos.shares.insert(share);
    // Giving is keeping in touch: the share is an interaction, on the timeline, and resets the clock.
    await recordInteraction(
      tx.repos,
      {
        personIds: [person.id],
        // At the share's own instant, always: taking the share back finds its interaction by it.
        occurredAt: share.sharedAt,
        kind: 'share',
        summary: `Sent "${item.title}"`.slice(0, 500),
        notes: share.note,
      },
      deps.now(),
    );
    return { ...share, itemTitle: item.title, personName: person.displayName };
  });
}
