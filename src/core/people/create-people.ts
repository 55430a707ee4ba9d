import type { Deps } from '../repos.js';
import { inThisThread } from '../shared/off-thread.js';
import type { CreatePersonInput, Person } from './schema.js';

/**
 * Creates many people in one transaction: a bad one (named by its position) stores none
 * of them. They are built a chunk at a time, a large batch in a worker thread while the
 * chunks before are written (`deps.offThread`).
 */
export async function createPeople(deps: Deps, inputs: readonly CreatePersonInput[]): Promise<Person[]> {
  const offThread = deps.offThread ?? inThisThread;
  const created: Person[] = [];
  await deps.repos.transaction(async (repos) => {
    const { phoneRegion } = await repos.settings.get();
    for await (const { people, prepared } of offThread.buildPeople(inputs, deps.now(), phoneRegion)) {
      await repos.people.insert(people, prepared);
      created.push(...people);
    }
    await repos.people.bulkWritten(created.length);
  });
  return created;
}
