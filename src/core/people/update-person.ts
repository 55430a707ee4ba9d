import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { invalidField, parseInput } from '../shared/validate.js';
import { getPerson } from './get-person.js';
import { type Person, requireTypedPhones, type UpdatePersonInput, updatePersonSchema } from './schema.js';

/** Partial update: only the fields present in the input change. */
export async function updatePerson(deps: Deps, id: string, input: UpdatePersonInput): Promise<Person> {
  const patch = parseInput(updatePersonSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getPerson(tx, id);
    if (patch.phones) requireTypedPhones(patch.phones, current.phones);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    if (defined.introducedById === id) {
      throw invalidField('introducedById', 'a person cannot introduce themselves');
    }
    await requireOwned(tx.repos, [{ field: 'introducedById', kind: 'person', ids: patch.introducedById }]);
    const updated: Person = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    await tx.repos.people.save(updated);
    return updated;
  });
}

export async function setArchived(deps: Deps, id: string, archived: boolean): Promise<Person> {
  return inTransaction(deps, async (tx) => {
    const current = await getPerson(tx, id);
    const updated: Person = { ...current, archived, updatedAt: deps.now().toISOString() };
    await tx.repos.people.save(updated);
    return updated;
  });
}
