import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, screenshotBoth, useBrowserTests } from './harness.js';

describe('web UI: a person’s events, organizations and items they would value', () => {
  const e2e = useBrowserTests();

  it('shows where you know someone from and what you could send them', async () => {
    const grace = await createPerson(e2e.server.deps, {
      displayName: 'Grace Mensah',
      title: 'Events lead',
      topics: ['warehouse automation'],
    });
    const event = await createEvent(e2e.server.deps, { name: 'Logistics World', startsOn: '2026-03-02' });
    await meetAtEvent(e2e.server.deps, event.id, { personId: grace.id, note: 'Wants speakers' });
    const guild = await createOrganization(e2e.server.deps, { name: 'Warehouse Guild' });
    await affiliatePerson(e2e.server.deps, guild.id, { personId: grace.id, role: 'Chair' });
    const item = await e2e.server.app.inject({
      method: 'POST',
      url: '/api/v1/items',
      // As the signed-in browser would send it: the session cookie, from this server's own origin.
      headers: { ...e2e.server.authHeaders, host: new URL(e2e.server.url).host },
      payload: { title: 'Warehouse automation in 2026', text: 'Robots now pick most orders in big warehouses.' },
    });
    expect(item.statusCode).toBe(201);

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${grace.id}`);
    await page.getByRole('list', { name: 'Events' }).getByRole('link', { name: 'Logistics World' }).waitFor();
    await page.getByRole('list', { name: 'Organizations' }).getByRole('link', { name: 'Warehouse Guild' }).waitFor();
    const items = page.getByRole('list', { name: 'Items they would value' });
    await items.getByRole('link', { name: 'Warehouse automation in 2026' }).click();
    await page.getByRole('heading', { name: 'Warehouse automation in 2026', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    await screenshotBoth(e2e.browser, `${e2e.server.url}/people/${grace.id}`, 'person-context', async (shot) => {
      await shot.getByRole('link', { name: 'Warehouse automation in 2026' }).waitFor();
    });
  });
});
