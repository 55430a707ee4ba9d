import type { Deps } from '../repos.js';
import { getPerson } from './get-person.js';
import type { Person } from './schema.js';

/** Deletes a person and everything that is only theirs; others who named them as introducer keep their record. */
export async function deletePerson(deps: Deps, id: string): Promise<Person> {
  return deps.repos.transaction(async (repos) => {
    const person = await getPerson({ ...deps, repos }, id);
    await repos.people.clearIntroducedBy(id);
    await repos.people.remove(id);
    return person;
  });
}
