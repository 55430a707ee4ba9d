import { combinePeople } from '../people/combine-people.js';
import { getPerson } from '../people/get-person.js';
import type { Person } from '../people/schema.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { parseInput } from '../shared/validate.js';
import { type MergeHook, mergeHooks } from './merge-hooks.js';
import { type MergeChoiceField, type MergePeopleInput, mergePeopleSchema } from './schema.js';

/**
 * Merges `otherId` into `keepId` in one transaction, losing nothing: the kept person's
 * fields win, empty ones are filled from the other, every email, phone, link, tag,
 * topic, offer and need is kept, notes are joined, and every feature's references to
 * the other person move to the kept one (merge hooks) before the other is deleted.
 * `takeFromOther` names one-value fields (title, company…) where the other's value wins.
 */
export async function mergePeople(
  deps: Deps,
  input: MergePeopleInput,
  hooks: readonly MergeHook[] = mergeHooks,
): Promise<Person> {
  const { keepId, otherId, takeFromOther } = parseInput(mergePeopleSchema, input);
  return inTransaction(deps, async (tx) => {
    const keep = await getPerson(tx, keepId);
    await requireOwned(tx.repos, [{ field: 'otherId', kind: 'person', ids: otherId }]);
    const other = await getPerson(tx, otherId);
    const { phoneRegion } = await tx.repos.settings.get();
    const combined = takeFields(combinePeople(keep, other, { joinNotes: true, phoneRegion }), other, takeFromOther);
    if (combined.introducedById === other.id) combined.introducedById = null;
    for (const hook of hooks) await hook.move(tx.repos, other.id, keep.id);
    await tx.repos.people.remove(other.id);
    const merged: Person = {
      ...combined,
      archived: keep.archived && other.archived,
      createdAt: [keep.createdAt, other.createdAt].sort()[0] ?? keep.createdAt,
      updatedAt: deps.now().toISOString(),
    };
    await tx.repos.people.save(merged);
    return merged;
  });
}

/** The person with the chosen fields' values taken from `other` (an empty value there still counts as chosen). */
export function takeFields(person: Person, other: Person, fields: readonly MergeChoiceField[]): Person {
  const result: Person = { ...person };
  for (const field of fields) Object.assign(result, { [field]: other[field] });
  return result;
}
