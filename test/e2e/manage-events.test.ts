import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { dayWords } from '../../src/web/components/dates.js';
import { openPage, useBrowserTests, viewports } from './harness.js';

const today = () => new Date().toISOString().slice(0, 10);

describe('web UI: managing events and organizations', () => {
  const e2e = useBrowserTests();

  it('edits and deletes an event, and marks someone you know as attending', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, { name: 'Logistics Wrold', startsOn: today() });
    await createPerson(deps, { displayName: 'Ada Okafor', company: 'Northwind' });
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('combobox', { name: 'Attending' }).fill('Ada');
    await page.getByRole('option', { name: /Ada Okafor · Northwind/ }).click();
    await page.getByRole('button', { name: 'Add as attending' }).click();
    await page.getByRole('list', { name: 'People at this event' }).getByText('attending').waitFor();

    await page.getByRole('button', { name: 'Edit event' }).click();
    const form = page.getByRole('form', { name: 'Edit event' });
    // The form opens with the focus in its first field.
    await expect.poll(() => page.evaluate('document.activeElement?.name')).toBe('name');
    await form.getByLabel('Name').fill('Logistics World');
    await form.getByLabel('Your role').selectOption('speaker');
    await form.getByLabel('Talk title (when you speak)').fill('Robots at the dock');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Logistics World', level: 1 }).waitFor();
    expect(await deps.repos.events.get(event.id)).toMatchObject({ role: 'speaker', talkTitle: 'Robots at the dock' });

    await page.getByRole('button', { name: 'Delete event' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(await deps.repos.events.get(event.id)).toBeUndefined();
    expect(await deps.repos.people.count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a member, links an event, joins, edits and deletes an organization', async () => {
    const { deps } = e2e.server;
    const org = await createOrganization(deps, { name: 'Logistics Assoc', kind: 'trade_association' });
    const event = await createEvent(deps, { name: 'Spring meeting', startsOn: today() });
    const grace = await createPerson(deps, { displayName: 'Grace Mensah', title: 'Treasurer' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/organizations/${org.id}`);

    await page.getByRole('combobox', { name: 'Person' }).fill('grace');
    await page.getByRole('option', { name: /Grace Mensah · Treasurer/ }).click();
    await page.getByLabel('Their role there').fill('board member');
    await page.getByRole('button', { name: 'Add to organization' }).click();
    const members = page.getByRole('region', { name: 'People you know there' });
    await members.getByRole('link', { name: 'Grace Mensah' }).waitFor();
    await members.getByText('board member').waitFor();

    // Named with its day in words: "Spring meeting (Dec 5)".
    const [option] = await page
      .getByLabel('Event to link')
      .locator('option', { hasText: 'Spring meeting (' })
      .allTextContents();
    expect(option).toBe(`Spring meeting (${dayWords(today(), 'en-US')})`);
    await page.getByLabel('Event to link').selectOption({ label: option ?? '' });
    await page.getByRole('button', { name: 'Link event' }).click();
    await expect.poll(async () => (await deps.repos.events.get(event.id))?.organizationId).toBe(org.id);

    await page.getByRole('form', { name: 'Your membership' }).getByLabel('Your role').selectOption('officer');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('button', { name: 'Leave' }).waitFor();
    expect((await deps.repos.organizations.get(org.id))?.membership?.role).toBe('officer');

    const edit = page.getByRole('form', { name: 'Edit organization' });
    await edit.getByLabel('Name').fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('alert').getByText("Name can't be empty").waitFor();
    await edit.getByLabel('Name').fill('Logistics Association');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Logistics Association', level: 1 }).waitFor();
    // The earlier error is gone once a save succeeds.
    expect(await edit.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Delete organization' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    expect(await deps.repos.organizations.get(org.id)).toBeUndefined();
    expect(await deps.repos.people.get(grace.id)).toBeDefined();
    // The refused empty name is the one failed request the browser reports.
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
