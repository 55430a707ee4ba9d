import { describe, expect, it } from 'vitest';
import { createItem } from '../../src/core/items/create-item.js';
import { listOccasions } from '../../src/core/occasions/list-occasions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { listReminders } from '../../src/core/reminders/list-reminders.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

const focusedText = 'document.activeElement?.textContent ?? ""';

describe('web UI: reminders, important dates and items', () => {
  const e2e = useBrowserTests();

  for (const [size, viewport] of Object.entries(viewports)) {
    it(`adds a reminder about someone, snoozes, deletes with Undo and marks it done (${size})`, async () => {
      const deps = e2e.server.deps;
      await createPerson(deps, { displayName: 'Ada Okafor', title: 'Director', company: 'Northwind' });
      await createPerson(deps, { displayName: 'Ada Lovelace', company: 'Analytical' });
      await createReminder(deps, { text: 'Book the venue', dueOn: '2020-01-01' });
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/today`);
      await page.getByRole('link', { name: 'All reminders' }).click();
      await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
      const list = page.getByRole('list', { name: 'Open reminders' });
      await list.getByText('Book the venue', { exact: true }).waitFor();

      // An empty text says so in words, and nothing is saved.
      await page.getByRole('button', { name: 'Add reminder' }).click();
      await page.getByText("What to be reminded of can't be empty").first().waitFor();
      expect(await listReminders(deps, { all: true })).toHaveLength(1);

      await page.getByLabel('Remind me to').fill('Ask about the new role');
      await page.getByRole('combobox', { name: 'About (optional)' }).fill('ada');
      // Namesakes told apart by company; picked by keyboard.
      await page.getByRole('option', { name: /Ada Lovelace · Analytical/ }).waitFor();
      await page.getByRole('combobox', { name: 'About (optional)' }).press('ArrowDown');
      await page.getByRole('combobox', { name: 'About (optional)' }).press('ArrowUp');
      await page.getByRole('combobox', { name: 'About (optional)' }).press('Enter');
      await page.getByText('Ada Lovelace', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Add reminder' }).click();
      await list.getByText('Ask about the new role', { exact: true }).waitFor();
      // Focus is back in the text field, ready for the next one; the toast says what happened.
      await expect.poll(() => page.evaluate('document.activeElement?.id ?? ""')).toMatch(/-text$/);
      await page
        .getByRole('status')
        .getByText(/Reminder added for/)
        .waitFor();
      const added = (await listReminders(deps, { all: true })).find((r) => r.text === 'Ask about the new role');
      expect(added?.personName).toBe('Ada Lovelace');
      await page.screenshot({ path: `test-results/screenshots/reminders-${size}.png`, fullPage: true });

      // Snooze is a choice, then a button.
      await page.getByLabel('Snooze Book the venue for').selectOption('2w');
      expect((await listReminders(deps, { all: true })).find((r) => r.text === 'Book the venue')?.snoozedUntil).toBe(
        null,
      );
      await page.getByRole('button', { name: 'Snooze: Book the venue' }).click();
      await list.getByText(/snoozed until/).waitFor();
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await page.getByRole('status').getByText('Undone.').waitFor();
      await expect.poll(async () => (await listReminders(deps)).map((r) => r.text)).toContain('Book the venue');

      // Delete, then Undo writes it again.
      await page.getByRole('button', { name: 'Delete: Ask about the new role' }).click();
      await page.getByRole('status').getByText('Deleted: Ask about the new role.').waitFor();
      // The row is gone: focus goes to the message about it, not to the page's body.
      await expect.poll(() => page.evaluate(focusedText)).toContain('Deleted: Ask about the new role.');
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await list.getByText('Ask about the new role', { exact: true }).waitFor();
      const back = (await listReminders(deps, { all: true })).find((r) => r.text === 'Ask about the new role');
      expect(back?.personName).toBe('Ada Lovelace');

      await page.getByRole('button', { name: 'Done: Book the venue' }).click();
      await page.getByRole('status').getByText('Done: Book the venue.').waitFor();
      expect((await listReminders(deps, { all: true })).map((r) => r.text)).toEqual(['Ask about the new role']);
      expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
      await context.close();
    });
  }

  it('adds and removes a person’s important dates and reminders on their page', async () => {
    const deps = e2e.server.deps;
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', birthday: '--03-11' });
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page.getByRole('heading', { name: 'Reminders and dates' }).waitFor();
    // Her birthday reads as a day, not as the --MM-DD it is kept as.
    expect(await page.getByRole('button', { name: 'Edit birthday' }).textContent()).toBe('Mar 11');

    // A date is a month, a day and, if known, a year: no format to type.
    const occasion = page.getByRole('form', { name: 'Add an important date' });
    await occasion.getByLabel('What').fill('Work anniversary');
    await occasion.getByRole('button', { name: 'Add date' }).click();
    await occasion.getByRole('alert').getByText('Choose a month.').waitFor();
    // The part at fault takes the focus and is marked.
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('SELECT');
    expect(await occasion.getByLabel('Month').getAttribute('aria-invalid')).toBe('true');
    await occasion.getByLabel('Month').selectOption({ label: 'February' });
    await occasion.getByLabel('Day').fill('30');
    await occasion.getByLabel('Year').fill('19');
    await occasion.getByRole('button', { name: 'Add date' }).click();
    await occasion.getByRole('alert').getByText('Year: four digits, as 2019, or none.').waitFor();
    expect(await occasion.getByLabel('Year').getAttribute('aria-invalid')).toBe('true');
    await occasion.getByLabel('Year').fill('');
    await occasion.getByRole('button', { name: 'Add date' }).click();
    await occasion.getByText('Date is not a real calendar date').first().waitFor();
    expect(await occasion.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');
    expect(await listOccasions(deps, ada.id)).toEqual([]);
    await occasion.getByLabel('Month').selectOption({ label: 'September' });
    await occasion.getByLabel('Day').fill('1');
    await occasion.getByRole('button', { name: 'Add date' }).click();
    const dates = page.getByRole('list', { name: 'Important dates of Ada Okafor' });
    await dates.getByText('Work anniversary', { exact: true }).waitFor();
    await dates.getByText('Sep 1', { exact: true }).waitFor();
    // A later success clears the earlier error.
    expect(await page.getByText('Date is not a real calendar date').count()).toBe(0);
    await occasion.getByLabel('What').fill('Joined Acme');
    await occasion.getByLabel('Month').selectOption({ label: 'March' });
    await occasion.getByLabel('Day').fill('15');
    await occasion.getByLabel('Year').fill('2019');
    await occasion.getByRole('button', { name: 'Add date' }).click();
    await dates.getByText('Mar 15, 2019', { exact: true }).waitFor();
    expect((await listOccasions(deps, ada.id)).map((o) => [o.label, o.date])).toEqual([
      ['Joined Acme', '2019-03-15'],
      ['Work anniversary', '--09-01'],
    ]);
    await dates.getByRole('button', { name: 'Remove Joined Acme' }).click();
    await expect.poll(async () => (await listOccasions(deps, ada.id)).length).toBe(1);

    await page.getByText('Add a reminder about Ada Okafor').click();
    await page.getByLabel('Remind me to').fill('Send the photos');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await page.getByRole('list', { name: 'Open reminders' }).getByText('Send the photos', { exact: true }).waitFor();
    expect((await listReminders(deps, { all: true }))[0]?.personId).toBe(ada.id);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.getByRole('heading', { name: 'Reminders and dates' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/person-reminders-phone.png' });

    await dates.getByRole('button', { name: 'Remove Work anniversary' }).click();
    await page.getByRole('status').getByText('Removed Work anniversary.').waitFor();
    expect(await listOccasions(deps, ada.id)).toEqual([]);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await dates.getByText('Work anniversary', { exact: true }).waitFor();
    expect((await listOccasions(deps, ada.id)).map((o) => o.date)).toEqual(['--09-01']);
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('edits a birthday as a month, a day and, if known, a year, and removes it', async () => {
    const deps = e2e.server.deps;
    const ada = await createPerson(deps, { displayName: 'Ada Okafor' });
    const birthday = async () => (await deps.repos.people.get(ada.id))?.birthday;
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    const edit = page.getByRole('button', { name: 'Edit birthday' });
    expect(await edit.textContent()).toBe('+ Add');
    await edit.click();
    const form = page.getByRole('form', { name: 'Birthday' });
    // The month takes the focus; a day is asked for before anything is sent.
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('SELECT');
    await form.getByLabel('Month').selectOption({ label: 'February' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').getByText('Choose a day of the month.').waitFor();
    expect(await form.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');
    // 29 February 2023 is refused by the server, and marked on the day.
    await form.getByLabel('Day').fill('29');
    await form.getByLabel('Year').fill('2023');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').getByText('not a real calendar date', { exact: false }).waitFor();
    expect(await form.getByLabel('Day').getAttribute('aria-invalid')).toBe('true');
    expect(await birthday()).toBeNull();
    // Without its year it is a real day, kept as --MM-DD; Enter saves.
    await form.getByLabel('Year').fill('');
    await form.getByLabel('Year').press('Enter');
    await expect.poll(() => edit.textContent()).toBe('Feb 29');
    expect(await birthday()).toBe('--02-29');
    await expect.poll(() => page.evaluate('document.activeElement?.ariaLabel')).toBe('Edit birthday');

    // The form opens on the kept date; Escape drops an edit.
    await edit.click();
    expect(await form.getByLabel('Month').inputValue()).toBe('02');
    expect(await form.getByLabel('Day').inputValue()).toBe('29');
    await form.getByLabel('Year').fill('1988');
    await form.getByLabel('Year').press('Escape');
    expect(await edit.textContent()).toBe('Feb 29');
    await edit.click();
    await form.getByLabel('Month').selectOption({ label: 'November' });
    await form.getByLabel('Day').fill('3');
    await form.getByLabel('Year').fill('1988');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => edit.textContent()).toBe('Nov 3, 1988');
    expect(await birthday()).toBe('1988-11-03');

    await edit.click();
    await form.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => edit.textContent()).toBe('+ Add');
    expect(await birthday()).toBeNull();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('edits an item and archives it with Undo; an archived item is listed apart and brought back', async () => {
    const deps = e2e.server.deps;
    const item = await createItem(
      { ...deps, fetchPage: () => Promise.reject(new Error('no fetching in this test')) },
      { text: 'Demand planning for warehouse robots, a long study.', title: 'Robots study' },
    );
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give/items/${item.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => page.evaluate('document.activeElement?.value')).toBe('Robots study');
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText("Title can't be empty").first().waitFor();
    await page.getByLabel('Title').fill('Warehouse robots: the study');
    await page.getByLabel('Kind').selectOption('job');
    await page.getByLabel('Company').fill('Northwind');
    await page.getByLabel('Topics (separated by commas)').fill('robotics, demand planning');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Warehouse robots: the study', level: 1 }).waitFor();
    // Back on the button that opened the form.
    await expect.poll(() => page.evaluate(focusedText)).toBe('Edit');
    const saved = await deps.repos.items.get(item.id);
    expect(saved).toMatchObject({ kind: 'job', company: 'Northwind', topics: ['robotics', 'demand planning'] });

    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('archived', { exact: true }).waitFor();
    expect((await deps.repos.items.get(item.id))?.archived).toBe(true);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await deps.repos.items.get(item.id))?.archived).toBe(false);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Bring back from archive' }).waitFor();

    await page.goto(`${e2e.server.url}/give`);
    await page.getByRole('heading', { name: 'Saved items' }).waitFor();
    expect(await page.getByRole('list', { name: 'Saved items' }).getByRole('link').count()).toBe(0);
    await page.getByText('Archived items').click();
    await page
      .getByRole('list', { name: 'Archived items' })
      .getByRole('link', { name: 'Warehouse robots: the study' })
      .click();
    await page.getByRole('button', { name: 'Bring back from archive' }).click();
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    expect((await deps.repos.items.get(item.id))?.archived).toBe(false);
    await screenshotBoth(e2e.browser, page.url(), 'item-manage', async (shot) => {
      await shot.getByRole('button', { name: 'Edit' }).click();
      await shot.getByRole('button', { name: 'Save' }).scrollIntoViewIfNeeded();
    });
    expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
