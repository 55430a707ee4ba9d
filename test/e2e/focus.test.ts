import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { openPage, useBrowserTests } from './harness.js';

/** What has the focus, in words: its tag, and its text or label. */
const focused = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  return el.tagName.toLowerCase() + ': ' + (el.getAttribute('aria-label') || el.textContent || '').trim();
})()`;

describe('web UI: the focus after an action', () => {
  const e2e = useBrowserTests();

  it('goes to the new page’s heading after a save that opens it, and after a delete that leaves', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/new`);
    await page.getByLabel('Name').fill('Ada Okafor');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: 'Ada Okafor', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(focused)).toBe('h1: Ada Okafor');

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    // The button is gone with the page: the message with its Undo has the focus.
    await expect.poll(() => page.evaluate(focused)).toBe('span: Ada Okafor deleted.');

    // Moving by the menu: the new page's heading.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Give' }).click();
    await page.getByRole('heading', { name: 'Give', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(focused)).toBe('h1: Give');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays on a Save button that was disabled while its form was sent', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    const keeping = page.getByRole('region', { name: 'Keeping in touch' });
    await keeping.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await keeping.getByText('Saved.').waitFor();
    // It went to the page while the button was disabled; Tab would have started over from the top.
    await expect.poll(() => page.evaluate(focused)).toBe('button: Save');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves from the people picker to Change once someone is chosen, and back into the box after Change', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', company: 'Northwind' });
    await createPerson(e2e.server.deps, { displayName: 'Grace Mensah' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/merge`);
    const keep = page.getByRole('combobox', { name: 'Keep' });
    await keep.fill('ada');
    await page.getByRole('option', { name: /Ada Okafor/ }).waitFor();
    await keep.press('Enter');
    await expect.poll(() => page.evaluate(focused)).toBe('button: Change keep');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("role")')).toBe('combobox');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes to what is left of the section when the focused row is removed and no message is shown', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByLabel('Token name').fill('backup script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('button', { name: 'Revoke backup script' }).click();
    await page.getByText('No tokens yet.').waitFor();
    await expect.poll(() => page.evaluate(focused)).toBe('h2: API tokens');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes to the message when a reminder marked done leaves Today', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    await createReminder(e2e.server.deps, { text: 'Send the deck', dueOn: '2020-01-01' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/today`);
    await page.getByRole('button', { name: 'Mark done: Send the deck' }).click();
    await page.getByText('No reminders due.').waitFor();
    await expect.poll(() => page.evaluate(focused)).toBe('span: Done: Send the deck.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
