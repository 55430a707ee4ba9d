import { getPerson } from '../people/get-person.js';
import type { Deps } from '../repos.js';
import type { ShareView } from './schema.js';

/** What a person was already sent, oldest first: "already sent to X on D" from the person's side. */
export async function listSharesForPerson(deps: Deps, personId: string): Promise<ShareView[]> {
  const person = await getPerson(deps, personId);
  const shares = await deps.repos.shares.listForPerson(person.id);
  const titles = new Map<string, string>();
  for (const share of shares) {
    if (!titles.has(share.itemId)) titles.set(share.itemId, (await deps.repos.items.get(share.itemId))?.title ?? '');
  }
  return shares.map((share) => ({
    ...share,
    itemTitle: titles.get(share.itemId) ?? '',
    personName: person.displayName,
  }));
}
