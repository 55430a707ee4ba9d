import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import {
  chromiumPath,
  launchBrowser,
  openPage,
  type Server,
  screenshotBoth,
  startServer,
  webBuilt,
} from './harness.js';

describe('web UI: a person’s events, organizations and items they would value', () => {
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`No browser at ${chromiumPath}: apt-get install chromium`);
    if (!webBuilt) throw new Error('dist/web is missing: run `npm run build` first');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('shows where you know someone from and what you could send them', async () => {
    const grace = await createPerson(server.deps, {
      displayName: 'Grace Mensah',
      title: 'Events lead',
      topics: ['warehouse automation'],
    });
    const event = await createEvent(server.deps, { name: 'Logistics World', startsOn: '2026-03-02' });
    await meetAtEvent(server.deps, event.id, { personId: grace.id, note: 'Wants speakers' });
    const guild = await createOrganization(server.deps, { name: 'Warehouse Guild' });
    await affiliatePerson(server.deps, guild.id, { personId: grace.id, role: 'Chair' });
    const item = await server.app.inject({
      method: 'POST',
      url: '/api/v1/items',
      payload: { title: 'Warehouse automation in 2026', text: 'Robots now pick most orders in big warehouses.' },
    });
    expect(item.statusCode).toBe(201);

    const { context, page, errors } = await openPage(browser);
    await page.goto(`${server.url}/people/${grace.id}`);
    await page.getByRole('list', { name: 'Events' }).getByRole('link', { name: 'Logistics World' }).waitFor();
    await page.getByRole('list', { name: 'Organizations' }).getByRole('link', { name: 'Warehouse Guild' }).waitFor();
    const items = page.getByRole('list', { name: 'Items they would value' });
    await items.getByRole('link', { name: 'Warehouse automation in 2026' }).click();
    await page.getByRole('heading', { name: 'Warehouse automation in 2026', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    await screenshotBoth(browser, `${server.url}/people/${grace.id}`, 'person-context', async (shot) => {
      await shot.getByRole('link', { name: 'Warehouse automation in 2026' }).waitFor();
    });
  });
});
