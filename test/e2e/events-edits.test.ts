import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { markAttending } from '../../src/core/events/mark-attending.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import { joinOrganization } from '../../src/core/organizations/update-organization.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { addDays, localDateOf, systemTimeZone } from '../../src/core/shared/dates.js';
import { dayWords } from '../../src/web/components/dates.js';
import { openPage, useBrowserTests } from './harness.js';

/** A day from today in the server's zone (the local owner has none set: the system's). */
const dayFromNow = (days: number) => addDays(localDateOf(new Date(), systemTimeZone()), days);

/** The focused element as "tag:text", to say where the keyboard is. */
const focused = (page: Page) =>
  page.evaluate<string>(
    "document.activeElement ? document.activeElement.tagName.toLowerCase() + ':' + (document.activeElement.textContent ?? '').trim() : ''",
  );

describe('web UI: editing events and organizations without undoing what happened', () => {
  const e2e = useBrowserTests();

  /** An event that ended yesterday, with Ada and Bo recorded as met there today (so on its last day). */
  async function pastEventWithTwoMet() {
    const { deps } = e2e.server;
    const event = await createEvent(deps, {
      name: 'Logistics World',
      kind: 'convention',
      startsOn: dayFromNow(-3),
      endsOn: dayFromNow(-1),
    });
    const ada = await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Ada Okafor' } });
    await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Bo Lind' } });
    return { event, ada: ada.person };
  }

  it('refuses moving an event after the people met there, and an over-long name, on their fields', async () => {
    const { deps } = e2e.server;
    const { event } = await pastEventWithTwoMet();
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('button', { name: 'Edit event' }).click();
    const form = page.getByRole('form', { name: 'Edit event' });

    // Not cut to 200 characters by the browser: refused, naming the limit.
    await form.getByLabel('Name').fill('x'.repeat(5000));
    expect((await form.getByLabel('Name').inputValue()).length).toBe(5000);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Name must be at most 200 characters').first().waitFor();
    expect(await form.getByRole('textbox', { name: /^Name/ }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Name').fill('Logistics World');

    await form.getByLabel('Starts').fill(dayFromNow(90));
    await form.getByLabel('Ends').fill(dayFromNow(92));
    await form.getByLabel('Status').selectOption('planned');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const message = `Starts must not be after ${dayFromNow(-1)}: you met 2 people here that day`;
    const starts = form.locator('input[name="startsOn"]');
    await expect.poll(() => starts.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await starts.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toBe(message);
    expect(await deps.repos.events.get(event.id)).toMatchObject({
      name: 'Logistics World',
      startsOn: event.startsOn,
      status: 'attended',
    });
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('shows a past event’s prep without the people met there, and offers no attendees to add', async () => {
    const { event, ada } = await pastEventWithTwoMet();
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('list', { name: 'People at this event' }).getByRole('link', { name: 'Ada Okafor' }).waitFor();
    expect(await page.getByRole('form', { name: 'Someone you know will be there' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Prep' }).click();
    const willBeThere = page.getByRole('region', { name: 'Will be there' });
    await willBeThere.getByText('Nobody was marked as attending.').waitFor();
    expect(await page.getByRole('region', { name: 'Ask to a meal' }).getByRole('link').count()).toBe(0);
    // An empty list says how it would fill: this event has no organization and no place.
    await page
      .getByRole('region', { name: 'From the organization' })
      .getByText('This event has no organization: give it one to see who you know there.')
      .waitFor();
    await page
      .getByRole('region', { name: 'Nearby' })
      .getByText('This event has no place: give it one to see who you know nearby.')
      .waitFor();

    // The person's page says the one day they were met, once.
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    const lastDay = dayWords(dayFromNow(-1), 'en-US');
    await page.getByRole('list', { name: 'Events' }).getByText(`${lastDay} · met there`).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Met at Logistics World').waitFor();
    // One entry for the meeting, dated its day (its Edit and Delete beside it).
    expect(await timeline.locator(':scope > li').allTextContents()).toEqual([
      `${lastDay} · eventMet at Logistics WorldEditDelete`,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still offers to add someone attending an event to come', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'DataConf', startsOn: dayFromNow(4) });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('form', { name: 'Someone you know will be there' }).waitFor();
    await context.close();
  });

  it('moves between the event’s tabs with the arrow keys, Home and End, one Tab stop, panel labelled', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'DataConf', startsOn: dayFromNow(0) });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('tabindex')))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
    ]);
    await page.getByRole('tab', { name: 'People' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button:Attendees');
    expect(await page.getByRole('tab', { name: 'Attendees' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Attendees' });
    await panel.waitFor();
    expect(await page.getByRole('tab', { name: 'Attendees' }).getAttribute('aria-controls')).toBe(
      await panel.getAttribute('id'),
    );
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('button:Follow-ups');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button:People');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('button:Follow-ups');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('button:People');
    await page.getByRole('tabpanel', { name: 'People' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a delete question on "Keep it", and Escape closes it back to Delete, for an event and an organization', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, { name: 'DataConf', startsOn: dayFromNow(0) });
    const org = await createOrganization(deps, { name: 'Logistics Association' });
    const { context, page, errors } = await openPage(e2e.browser);
    for (const [url, action] of [
      [`/events/${event.id}`, 'Delete event'],
      [`/organizations/${org.id}`, 'Delete organization'],
    ] as const) {
      await page.goto(`${e2e.server.url}${url}`);
      await page.getByRole('button', { name: action }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).waitFor();
      await expect.poll(() => focused(page)).toBe('button:Keep it');
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toBe(`button:${action}`);
      expect(await page.getByRole('button', { name: 'Yes, delete' }).count()).toBe(0);
      // Still there after a frame or two: nothing moved the focus to a heading.
      await page.waitForTimeout(100);
      expect(await focused(page)).toBe(`button:${action}`);
    }
    expect(await deps.repos.events.get(event.id)).toBeDefined();
    expect(await deps.repos.organizations.get(org.id)).toBeDefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when someone added is already a member, asks before leaving, and refuses a renewal before joining', async () => {
    const { deps } = e2e.server;
    const org = await createOrganization(deps, { name: 'Logistics Association' });
    const grace = await createPerson(deps, { displayName: 'Grace Mensah', title: 'Treasurer' });
    await affiliatePerson(deps, org.id, { personId: grace.id, role: 'member' });
    await joinOrganization(deps, org.id, { role: 'member', since: '2025-03-01' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/organizations/${org.id}`);

    await page.getByRole('combobox', { name: 'Person' }).fill('grace');
    await page.getByRole('option', { name: /Grace Mensah · Treasurer/ }).click();
    await page.getByLabel('Their role there').fill('board member');
    await page.getByRole('button', { name: 'Add to organization' }).click();
    await page
      .getByRole('status')
      .getByText('Grace Mensah is already a member; role changed to board member.')
      .waitFor();

    const membership = page.getByRole('form', { name: 'Your membership' });
    await membership.getByLabel('Renews on').fill('2024-01-01');
    await membership.getByRole('button', { name: 'Save membership' }).click();
    const renews = membership.locator('input[name="renewsOn"]');
    await expect.poll(() => renews.getAttribute('aria-invalid')).toBe('true');
    await membership.getByText('Renews on must not be before member since (2025-03-01)').first().waitFor();
    expect((await deps.repos.organizations.get(org.id))?.membership?.renewsOn).toBeNull();

    await membership.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => focused(page)).toBe('button:Stay a member');
    expect((await deps.repos.organizations.get(org.id))?.membership).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Leave');
    await membership.getByRole('button', { name: 'Leave' }).click();
    await membership.getByRole('button', { name: 'Yes, leave' }).click();
    await membership.getByRole('button', { name: 'Join' }).waitFor();
    expect((await deps.repos.organizations.get(org.id))?.membership).toBeNull();
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('lists attending people alone in prep', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, { name: 'DataConf', startsOn: dayFromNow(0) });
    const cy = await createPerson(deps, { displayName: 'Cy Young' });
    await markAttending(deps, event.id, { person: cy.id });
    await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Ada Okafor' } });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('tab', { name: 'Prep' }).click();
    const willBeThere = page.getByRole('region', { name: 'Will be there' });
    await willBeThere.getByRole('link', { name: 'Cy Young' }).waitFor();
    expect(await willBeThere.getByRole('link').allTextContents()).toEqual(['Cy Young']);
    await context.close();
  });
});
