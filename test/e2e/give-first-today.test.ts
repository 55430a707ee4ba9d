import { describe, expect, it } from 'vitest';
import { createItem } from '../../src/core/items/create-item.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, screenshotBoth, useBrowserTests } from './harness.js';

describe('web UI: you have something for them', () => {
  const e2e = useBrowserTests();

  it('shows the day’s strong fit on Today with the reason, and its Send link opens the item', async () => {
    await createPerson(e2e.server.deps, {
      displayName: 'Ines Ward',
      tier: 'acquaintance',
      needs: ['ideas for nurse staffing'],
      topics: ['rostering'],
    });
    const noFetch = async () => {
      throw new Error('no fetching here');
    };
    const item = await createItem(
      { ...e2e.server.deps, fetchPage: noFetch },
      { text: 'Nurse staffing without burnout\nWard managers on nurse staffing, rostering and safe ratios.' },
    );

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/today`);
    const list = page.getByRole('list', { name: 'Who to reach out to' });
    await list.getByRole('link', { name: 'Ines Ward' }).waitFor();
    await expect(
      list.getByText('you have something for them: "Nurse staffing without burnout"', { exact: false }).count(),
    ).resolves.toBe(1);
    await screenshotBoth(e2e.browser, `${e2e.server.url}/today`, 'today-gift', async (shot) => {
      await shot.getByRole('link', { name: 'Send “Nurse staffing without burnout”' }).waitFor();
    });
    await list.getByRole('link', { name: 'Send “Nurse staffing without burnout”' }).click();
    await page.waitForURL(`${e2e.server.url}/give/items/${item.id}`);
    await page.getByRole('heading', { name: 'Who would value it' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when nobody fits an item', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ines Ward', topics: ['rostering'] });
    const item = await createItem(
      {
        ...e2e.server.deps,
        fetchPage: async () => {
          throw new Error('no fetching here');
        },
      },
      { text: 'Beekeeping for beginners\nHives, queens and honey.' },
    );
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give/items/${item.id}`);
    await page.getByText('Nobody in your network fits this item well enough', { exact: false }).waitFor();
    await screenshotBoth(e2e.browser, page.url(), 'item-nobody-fits', async (shot) => {
      await shot.getByText('Nobody in your network fits this item well enough', { exact: false }).waitFor();
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
