import { type Deps, inTransaction } from '../repos.js';
import { getPerson } from './get-person.js';
import type { Person } from './schema.js';

/** Deletes a person and everything that is only theirs; others who named them as introducer keep their record. */
export async function deletePerson(deps: Deps, id: string): Promise<Person> {
  return inTransaction(deps, async (tx) => {
    const person = await getPerson(tx, id);
    await tx.repos.people.clearIntroducedBy(id);
    await tx.repos.people.remove(id);
    return person;
  });
}
