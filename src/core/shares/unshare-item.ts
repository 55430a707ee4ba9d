import { KithError } from '../errors.js';
import { getItem } from '../items/get-item.js';
import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import type { ShareView } from './schema.js';

/** How far back a person's interactions are read to find the one a share logged. */
const RECENT_INTERACTIONS = 200;

/**
 * Takes back the record that an item went to a person (the web's Undo, `kith unshare`):
 * the share and the `share` interaction it logged at the same instant go in one
 * transaction, so the person's clock falls back to their previous interaction.
 */
export async function unshareItem(deps: Deps, input: { itemId: string; personId: string }): Promise<ShareView> {
  return deps.repos.transaction(async (repos) => {
    const scoped = { ...deps, repos };
    const item = await getItem(scoped, input.itemId);
    const person = await getPerson(scoped, input.personId);
    const share = (await repos.shares.listForItem(item.id)).find((entry) => entry.personId === person.id);
    if (!share) throw new KithError('NOT_FOUND', `"${item.title}" was not sent to ${person.displayName}`);
    await repos.shares.remove(share.id);
    const logged = (await repos.interactions.list({ personId: person.id, limit: RECENT_INTERACTIONS })).find(
      (interaction) =>
        interaction.kind === 'share' &&
        interaction.occurredAt === share.sharedAt &&
        interaction.personIds.length === 1 &&
        interaction.personIds[0] === person.id,
    );
    if (logged) {
      await repos.interactions.remove(logged.id);
      await repos.interactions.refreshLastInteraction([person.id]);
    }
    return { ...share, itemTitle: item.title, personName: person.displayName };
  });
}
