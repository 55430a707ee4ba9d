import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { TOAST_MS } from '../../src/web/components/toast-timing.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

describe('web UI: merge, archive and delete with Undo', () => {
  const e2e = useBrowserTests();

  it('merges two people side by side with a choice per field, at both sizes', async () => {
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const keep = await createPerson(e2e.server.deps, {
        displayName: 'Mei Chen',
        title: 'Analyst',
        company: 'Old Co',
        emails: [{ value: 'mei@old.example' }],
      });
      const other = await createPerson(e2e.server.deps, {
        displayName: 'Mei C.',
        title: 'Head of Data',
        company: 'New Co',
        emails: [{ value: 'mei@new.example' }],
      });
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/people/${keep.id}`);
      await page.getByRole('link', { name: 'Merge with someone…' }).click();
      await page.getByRole('heading', { name: 'Merge two people', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Merge into them' }).fill('Mei C');
      await page.getByRole('option', { name: /Mei C\. · Head of Data · New Co/ }).click();
      const title = page.getByRole('group', { name: 'Title' });
      await title.getByLabel('Head of Data').check();
      if (viewport === viewports.desktop) {
        await screenshotBoth(e2e.browser, page.url(), 'merge', async (shot) => {
          await shot.getByRole('group', { name: 'Title' }).waitFor();
        });
      }
      await page.getByRole('button', { name: 'Merge Mei C. into Mei Chen' }).click();
      await page.getByRole('heading', { name: 'Mei Chen', level: 1 }).waitFor();
      await page.getByRole('status').getByText('Merged into Mei Chen.').waitFor();
      const merged = await e2e.server.deps.repos.people.get(keep.id);
      expect(merged).toMatchObject({ title: 'Head of Data', company: 'Old Co' });
      expect(merged?.emails.map((email) => email.value).sort()).toEqual(['mei@new.example', 'mei@old.example']);
      expect(await e2e.server.deps.repos.people.get(other.id)).toBeUndefined();
      expect(errors).toEqual([]);
      await context.close();
      await e2e.server.deps.repos.people.remove(keep.id);
    }
  });

  it('archives with Undo, and deletes by archiving first and purging once Undo is gone', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('status').getByText('Ada Okafor archived.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Undone.').waitFor();
    expect((await e2e.server.deps.repos.people.get(ada.id))?.archived).toBe(false);

    // Delete, then Undo: she is back, never purged.
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('Ada Okafor deleted.').waitFor();
    expect((await e2e.server.deps.repos.people.get(ada.id))?.archived).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Undone.').waitFor();
    await page.waitForTimeout(TOAST_MS + 500);
    expect((await e2e.server.deps.repos.people.get(ada.id))?.archived).toBe(false);

    // Delete and let the toast go: archived at once, purged when Undo is no longer offered.
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('Ada Okafor deleted.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => e2e.server.deps.repos.people.get(ada.id)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
