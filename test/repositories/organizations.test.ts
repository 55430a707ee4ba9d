import { expect, it } from 'vitest';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { getOrganization } from '../../src/core/organizations/resolve-organization.js';
import { joinOrganization, updateOrganization } from '../../src/core/organizations/update-organization.js';
import { viewOrganization } from '../../src/core/organizations/view-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { listReminders } from '../../src/core/reminders/list-reminders.js';
import type { Deps } from '../../src/core/repos.js';
import { describeEachDatabase, freshDatabaseEachTest } from '../support/databases.js';

describeEachDatabase('organizations: membership and affiliations', (kind) => {
  let deps: Deps & { setNow(date: Date): void };

  freshDatabaseEachTest(
    kind,
    (fresh) => {
      ({ deps } = fresh);
    },
    { now: new Date('2026-06-01T12:00:00Z') },
  );

  it('refuses a renewal before "member since" when joining, editing or creating, and changes nothing', async () => {
    const org = await createOrganization(deps, { name: 'Logistics Association' });
    const refused = {
      code: 'VALIDATION_FAILED',
      message: 'renewsOn: must not be before member since (2025-03-01)',
      details: { issues: [{ field: 'renewsOn', message: expect.any(String) }] },
    };
    await expect(joinOrganization(deps, org.id, { since: '2025-03-01', renewsOn: '2024-01-01' })).rejects.toMatchObject(
      refused,
    );
    await expect(
      updateOrganization(deps, org.id, { membership: { since: '2025-03-01', renewsOn: '2024-01-01' } }),
    ).rejects.toMatchObject({ message: 'membership.renewsOn: must not be before member since (2025-03-01)' });
    await expect(
      createOrganization(deps, { name: 'Guild', membership: { since: '2025-03-01', renewsOn: '2024-01-01' } }),
    ).rejects.toMatchObject({ message: expect.stringContaining('renewsOn') });
    expect((await getOrganization(deps, org.id)).membership).toBeNull();
    expect(await listReminders(deps)).toEqual([]);
    // The same day, or no start, is fine.
    await expect(
      joinOrganization(deps, org.id, { since: '2025-03-01', renewsOn: '2025-03-01' }),
    ).resolves.toBeDefined();
    await expect(joinOrganization(deps, org.id, { renewsOn: '2024-01-01' })).resolves.toBeDefined();
  });

  it('adding someone already there changes their place and says what it was', async () => {
    const org = await createOrganization(deps, { name: 'Logistics Association' });
    const grace = await createPerson(deps, { displayName: 'Grace Mensah' });
    const first = await affiliatePerson(deps, org.id, { personId: grace.id, role: 'member' });
    expect(first).toMatchObject({ role: 'member', current: true, previous: null });
    deps.setNow(new Date('2026-07-01T12:00:00Z'));
    const again = await affiliatePerson(deps, org.id, { personId: grace.id, role: 'treasurer' });
    expect(again).toMatchObject({
      role: 'treasurer',
      previous: { role: 'member', current: true },
      // Still the same affiliation, since it was first recorded.
      createdAt: first.createdAt,
    });
    expect((await viewOrganization(deps, org.id)).members).toEqual([
      { id: grace.id, displayName: 'Grace Mensah', role: 'treasurer', current: true },
    ]);
  });
});
