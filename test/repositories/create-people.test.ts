import { expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { listPeople, searchPeople } from '../../src/core/people/list-people.js';
import type { CreatePersonInput } from '../../src/core/people/schema.js';
import type { Deps } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

describeEachDatabase('bulk create', (kind) => {
  let deps: Deps;
  const network = generateNetwork({ people: 4500, seed: 7 });

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps } = fresh);
  });

  it('builds the people in input order and stores them all, findable', async () => {
    const people = await createPeople(deps, network);
    expect(people.map((p) => p.displayName)).toEqual(network.map((input) => input.displayName.trim()));
    expect(await deps.repos.people.count()).toBe(network.length);
    const last = people.at(-1);
    expect(await deps.repos.people.get(last?.id ?? '')).toEqual(last);
    expect((await searchPeople(deps, { query: last?.displayName ?? '' })).map((p) => p.id)).toContain(last?.id);
  });

  it('keys each person as the repository would: emails, and phones in the owner’s region', async () => {
    await updateSettings(deps, { phoneRegion: 'GB' });
    const inputs: CreatePersonInput[] = [
      ...network.slice(0, 4499),
      { displayName: 'Amara Obi', emails: [{ value: 'Amara@Example.com' }], phones: [{ value: '020 7946 0958' }] },
    ];
    const people = await createPeople(deps, inputs);
    const amara = people.at(-1);
    expect(await deps.repos.people.findByValue('phone', '+442079460958')).toEqual([amara?.id]);
    expect(await deps.repos.people.findByValue('email', 'amara@example.com')).toEqual([amara?.id]);
    const first = people[0];
    const email = first?.emails[0]?.value.toLowerCase() ?? '';
    expect(await deps.repos.people.findByValue('email', email)).toContain(first?.id);
  });

  it('stores none of them when one near the end is bad, naming its position', async () => {
    const inputs: CreatePersonInput[] = network.map((input, index) =>
      index === 4100 ? { ...input, emails: [{ value: 'not an email' }] } : input,
    );
    await expect(createPeople(deps, inputs)).rejects.toThrow(
      /^person 4101: emails\.0\.value: is not a valid email address/,
    );
    expect(await deps.repos.people.count()).toBe(0);
    expect((await listPeople(deps, {})).items).toEqual([]);
  });
});
