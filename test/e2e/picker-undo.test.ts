import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { listFollowUps } from '../../src/core/events/follow-ups.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { createItem } from '../../src/core/items/create-item.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

const focused = 'document.activeElement?.textContent ?? ""';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('web UI: the people picker in logging and sharing, and Undo for shares and follow-ups', () => {
  const e2e = useBrowserTests();

  for (const [size, viewport] of Object.entries(viewports)) {
    it(`logs an interaction with someone on the list and others picked by keyboard (${size})`, async () => {
      const deps = e2e.server.deps;
      const ada = await createPerson(deps, { displayName: 'Ada Okafor', tier: 'inner' });
      await logInteraction(deps, { personIds: [ada.id], occurredAt: daysAgo(90), summary: 'Lunch' });
      const grace = await createPerson(deps, { displayName: 'Grace Mensah', company: 'Northwind' });
      await createPerson(deps, { displayName: 'Grace Hopper', company: 'US Navy' });
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/today`);
      await page.getByRole('button', { name: 'Log an interaction with Ada Okafor' }).click();
      const form = page.getByRole('form', { name: 'Log an interaction with Ada Okafor' });
      await form.getByRole('button', { name: '+ Someone else was there' }).click();
      const picker = form.getByRole('combobox', { name: 'Also with' });
      await picker.fill('grace');
      // Namesakes told apart by company; the second chosen with the arrow keys.
      await form.getByRole('option', { name: /Grace Mensah · Northwind/ }).waitFor();
      await picker.press('ArrowDown');
      await picker.press('Enter');
      const withList = form.getByRole('list', { name: 'With' });
      await withList.getByText('Grace Mensah').waitFor();
      expect(await withList.getByText('Grace Hopper').count()).toBe(0);
      await page.screenshot({ path: `test-results/screenshots/log-with-others-${size}.png` });
      await form.getByLabel('Note').fill('Dinner after the meetup');
      await form.getByRole('button', { name: 'Log' }).click();
      await page.getByRole('status').getByText('Logged message with Ada Okafor and Grace Mensah.').waitFor();
      // Ada's card left the list: the message about it has the focus, not the page's body.
      await expect.poll(() => page.evaluate(focused)).toBe('Logged message with Ada Okafor and Grace Mensah.');
      const logged = await deps.repos.interactions.list({ personId: grace.id, limit: 5 });
      expect(logged.map((i) => [i.summary, [...i.personIds].sort()])).toEqual([
        ['Dinner after the meetup', [ada.id, grace.id].sort()],
      ]);

      // With anyone, from Today: the picker must name someone first.
      await page.getByText('Log an interaction with anyone').click();
      const anyone = page.getByRole('form', { name: 'Log an interaction', exact: true });
      await anyone.getByLabel('Note').fill('Phone call');
      await anyone.getByRole('button', { name: 'Log' }).click();
      await anyone.getByText('Choose who it was with.').waitFor();
      await anyone.getByRole('combobox', { name: 'With whom' }).fill('hopper');
      await anyone.getByRole('option', { name: /Grace Hopper/ }).waitFor();
      await anyone.getByRole('combobox', { name: 'With whom' }).press('Enter');
      await anyone.getByRole('list', { name: 'With' }).getByText('Grace Hopper').waitFor();
      await anyone.getByLabel('Kind').selectOption('call');
      await anyone.getByRole('button', { name: 'Log' }).click();
      await page.getByRole('status').getByText('Logged call with Grace Hopper.').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('sends an item to someone the suggestions did not name, then Undo takes the share back', async () => {
    const deps = e2e.server.deps;
    const bo = await createPerson(deps, {
      displayName: 'Bo Lind',
      title: 'Chef',
      emails: [{ value: 'bo@example.com' }],
    });
    const item = await createItem(
      { ...deps, fetchPage: () => Promise.reject(new Error('no fetching in this test')) },
      { text: 'Quantum annealing for logistics, a study.', title: 'Annealing study' },
    );
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.addInitScript({ content: 'window.open = () => null;' });
    await page.goto(`${e2e.server.url}/give/items/${item.id}`);
    const picker = page.getByRole('combobox', { name: 'Send to someone else' });
    await picker.fill('bo');
    await page.getByRole('option', { name: /Bo Lind · Chef/ }).waitFor();
    await picker.press('Enter');
    await page.getByLabel('A note for Bo Lind').fill('Thought of your supplier question');
    await page.getByRole('button', { name: 'Record and open email' }).click();
    await page.getByText('Recorded that you sent it to Bo Lind.', { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(focused)).toContain('Recorded that you sent it to Bo Lind.');
    await page.getByRole('list', { name: 'Already sent to' }).getByRole('link', { name: 'Bo Lind' }).waitFor();
    expect(await deps.repos.shares.listForPerson(bo.id)).toHaveLength(1);
    expect((await deps.repos.interactions.list({ personId: bo.id, limit: 5 })).map((i) => i.kind)).toEqual(['share']);
    await page.screenshot({ path: 'test-results/screenshots/send-else-phone.png', fullPage: true });
    // Bo is not offered again, and the picker says why rather than "Nobody by that name".
    await picker.fill('bo');
    await page.getByRole('option', { name: 'Bo Lind: already got this' }).waitFor();
    // Escape closes the list (typing opens it again), and so does leaving the box.
    await picker.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await picker.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await picker.press('Tab');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await picker.fill('');

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Undone.').waitFor();
    await page.getByText('Nobody yet.').waitFor();
    expect(await page.getByText('Recorded that you sent it to Bo Lind.', { exact: false }).count()).toBe(0);
    expect(await deps.repos.shares.listForPerson(bo.id)).toEqual([]);
    expect(await deps.repos.interactions.list({ personId: bo.id, limit: 5 })).toEqual([]);
    await screenshotBoth(e2e.browser, page.url(), 'send-else', async (shot) => {
      await shot.getByRole('combobox', { name: 'Send to someone else' }).fill('bo');
      await shot.getByRole('option', { name: /Bo Lind/ }).waitFor();
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes a follow-up with Done, and Undo opens it again', async () => {
    const deps = e2e.server.deps;
    const event = await createEvent(deps, { name: 'Logistics World', kind: 'conference', startsOn: daysAgo(3) });
    await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Grace Mensah' }, note: 'wants speakers' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByRole('button', { name: 'Done following up with Grace Mensah' }).click();
    await page.getByText('All followed up.').waitFor();
    await expect.poll(() => page.evaluate(focused)).toBe('Followed up with Grace Mensah.');
    expect(await listFollowUps(deps)).toEqual([]);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Done following up with Grace Mensah' }).waitFor();
    expect((await listFollowUps(deps)).map((f) => f.personName)).toEqual(['Grace Mensah']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
