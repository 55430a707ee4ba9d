import { expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { listPeople, searchPeople } from '../../src/core/people/list-people.js';
import type { CreatePersonInput, Person } from '../../src/core/people/schema.js';
import type { Deps } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { workerThreads } from '../../src/threads/off-thread.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

/** A person without what each build draws anew (id) or stamps (times). */
const content = ({ id: _id, createdAt: _created, updatedAt: _updated, ...rest }: Person) => rest;

describeEachDatabase('bulk create', (kind) => {
  let database: TestDatabase;
  let deps: Deps;
  // Three chunks of people built at a time (CHUNK is 2,000), so a bad one can be in a later chunk.
  const network = generateNetwork({ people: 4500, seed: 7 });

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  it('builds the same people in a worker thread as in this one, in input order, and stores them all', async () => {
    const inWorker = await createPeople({ ...deps, offThread: workerThreads({ worker: 'always' }) }, network);
    const other = await createOwner(database.repos);
    const here = await createPeople({ ...other, offThread: workerThreads({ worker: 'never' }) }, network);
    expect(inWorker.map(content)).toEqual(here.map(content));
    expect(inWorker.map((p) => p.displayName)).toEqual(network.map((input) => input.displayName.trim()));
    expect(await deps.repos.people.count()).toBe(4500);
    const last = inWorker.at(-1);
    expect(await deps.repos.people.get(last?.id ?? '')).toEqual(last);
    expect((await searchPeople(deps, { query: last?.displayName ?? '' })).map((p) => p.id)).toContain(last?.id);
  });

  it('keys each person as the repository would: emails, and phones in the owner’s region', async () => {
    await updateSettings(deps, { phoneRegion: 'GB' });
    const inputs: CreatePersonInput[] = [
      ...network.slice(0, 4499),
      { displayName: 'Amara Obi', emails: [{ value: 'Amara@Example.com' }], phones: [{ value: '020 7946 0958' }] },
    ];
    const people = await createPeople({ ...deps, offThread: workerThreads({ worker: 'always' }) }, inputs);
    const amara = people.at(-1);
    expect(await deps.repos.people.findByValue('phone', '+442079460958')).toEqual([amara?.id]);
    expect(await deps.repos.people.findByValue('email', 'amara@example.com')).toEqual([amara?.id]);
    const first = people[0];
    const email = first?.emails[0]?.value.toLowerCase() ?? '';
    expect(await deps.repos.people.findByValue('email', email)).toContain(first?.id);
  });

  for (const worker of ['always', 'never'] as const) {
    it(`stores none of them when one in a later chunk is bad, naming its position (${worker === 'always' ? 'in a worker' : 'in this thread'})`, async () => {
      const inputs: CreatePersonInput[] = network.map((input, index) =>
        index === 4100 ? { ...input, emails: [{ value: 'not an email' }] } : input,
      );
      await expect(createPeople({ ...deps, offThread: workerThreads({ worker }) }, inputs)).rejects.toThrow(
        /^person 4101: emails\.0\.value: is not a valid email address/,
      );
      expect(await deps.repos.people.count()).toBe(0);
      expect((await listPeople(deps, {})).items).toEqual([]);
    });
  }
});
