import { expect, it } from 'vitest';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { getPerson } from '../../src/core/people/get-person.js';
import { updatePerson } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

/**
 * The keys people are matched by (emails, phones, LinkedIn links) are rows of their own,
 * written and deleted with the person: these check none is left behind or missing.
 */
describeEachDatabase('people keys', (kind) => {
  let deps: Deps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ deps } = fresh);
  });

  const linkedin = 'https://www.linkedin.com/in/ada-okafor/';
  const linkedinKey = 'linkedin.com/in/ada-okafor';

  it('finds a person by the new email, phone and LinkedIn link after an update, and not by the old ones', async () => {
    const { people } = deps.repos;
    const ada = await createPerson(deps, {
      displayName: 'Ada Okafor',
      emails: [{ value: 'Ada@Old.example', label: 'work' }],
      phones: [{ value: '+1 415 555 0142', label: null }],
      links: [{ url: linkedin, label: null }],
    });
    expect(await people.findByValue('email', 'ada@old.example')).toEqual([ada.id]);
    expect(await people.findByValue('phone', '+14155550142')).toEqual([ada.id]);
    expect(await people.findByValue('link', linkedinKey)).toEqual([ada.id]);

    await updatePerson(deps, ada.id, {
      emails: [{ value: 'ada@new.example', label: 'work' }],
      phones: [{ value: '+1 415 555 0199', label: null }],
      links: [{ url: 'https://example.com/ada', label: 'site' }],
    });
    expect(await people.findByValue('email', 'ada@old.example')).toEqual([]);
    expect(await people.findByValue('email', 'ada@new.example')).toEqual([ada.id]);
    expect(await people.findByValue('phone', '+14155550142')).toEqual([]);
    expect(await people.findByValue('phone', '+14155550199')).toEqual([ada.id]);
    expect(await people.findByValue('link', linkedinKey)).toEqual([]);
    // Only LinkedIn profiles identify a person: another link has no key.
    expect(await people.findByValue('link', 'example.com/ada')).toEqual([]);
    // An update that leaves the values alone keeps their keys.
    await updatePerson(deps, ada.id, { title: 'Director' });
    expect(await people.findByValues('email', ['ada@new.example', 'ada@old.example'])).toEqual(
      new Map([['ada@new.example', [ada.id]]]),
    );
  });

  it('finds nobody by the keys of a deleted person, and still finds whoever shares them', async () => {
    const { people } = deps.repos;
    const values = {
      emails: [{ value: 'shared@example.com', label: null }],
      phones: [{ value: '(415) 555-0142', label: null }],
      links: [{ url: linkedin, label: 'linkedin' }],
    };
    const [ada, twin] = await createPeople(deps, [
      { displayName: 'Ada Okafor', ...values },
      { displayName: 'Ada Twin', ...values },
    ]);
    const both = [ada?.id, twin?.id].sort();
    expect((await people.findByValue('email', 'shared@example.com')).sort()).toEqual(both);

    await deletePerson(deps, ada?.id ?? '');
    expect(await people.findByValue('email', 'shared@example.com')).toEqual([twin?.id]);
    expect(await people.findByValue('phone', '+14155550142')).toEqual([twin?.id]);
    expect(await people.findByValue('link', linkedinKey)).toEqual([twin?.id]);
    await deletePerson(deps, twin?.id ?? '');
    expect(await people.findByValue('email', 'shared@example.com')).toEqual([]);
    expect(await people.findByValue('phone', '+14155550142')).toEqual([]);
    expect(await people.findByValue('link', linkedinKey)).toEqual([]);
  });

  it('stores two of one person’s values with the same key once, created one at a time, in bulk or by update', async () => {
    const { people } = deps.repos;
    const emails = [
      { value: 'ada@example.com', label: 'work' },
      { value: 'ADA@Example.com', label: 'home' },
    ];
    const phones = [
      { value: '+1 415 555 0142', label: 'mobile' },
      { value: '(415) 555-0142', label: 'work' },
    ];
    const one = await createPerson(deps, { displayName: 'Ada One', emails, phones });
    const [bulk] = await createPeople(deps, [{ displayName: 'Ada Bulk', emails, phones }]);
    const updated = await createPerson(deps, { displayName: 'Ada Updated' });
    await updatePerson(deps, updated.id, { emails, phones });
    const ids = [one.id, bulk?.id, updated.id].sort();
    expect((await people.findByValue('email', 'ada@example.com')).sort()).toEqual(ids);
    expect((await people.findByValue('phone', '+14155550142')).sort()).toEqual(ids);
    // The same address in other capitals is one email, kept once with the first label; the two
    // spellings of the phone stay two values with one key.
    expect((await getPerson(deps, one.id)).emails).toEqual([{ value: 'ada@example.com', label: 'work' }]);
    expect((await getPerson(deps, one.id)).phones).toHaveLength(2);

    // Dropping one of the two keeps the key the other still gives.
    await updatePerson(deps, one.id, { emails: [{ value: 'ada@example.com', label: 'work' }], phones: [] });
    expect((await people.findByValue('email', 'ada@example.com')).sort()).toEqual(ids);
    expect((await people.findByValue('phone', '+14155550142')).sort()).toEqual([bulk?.id, updated.id].sort());
  });

  it('finds a person by the phone key of the current region, after the region changes and after an update', async () => {
    const { people } = deps.repos;
    const ada = await createPerson(deps, { displayName: 'Ada', phones: [{ value: '020 7946 0958', label: null }] });
    expect(await people.findByValue('phone', '02079460958')).toEqual([ada.id]);

    await updateSettings(deps, { phoneRegion: 'GB' });
    expect(await people.findByValue('phone', '02079460958')).toEqual([]);
    expect(await people.findByValue('phone', '+442079460958')).toEqual([ada.id]);

    // The stored keys were written under GB: an update deletes them under GB too.
    await updatePerson(deps, ada.id, { phones: [{ value: '020 7946 0000', label: null }] });
    expect(await people.findByValue('phone', '+442079460958')).toEqual([]);
    expect(await people.findByValue('phone', '+442079460000')).toEqual([ada.id]);
    await deletePerson(deps, ada.id);
    expect(await people.findByValue('phone', '+442079460000')).toEqual([]);
  });
});
