import { describe, expect, it } from 'vitest';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { openPage, screenshotBoth, useBrowserTests } from './harness.js';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('web UI: the daily list’s dormant tie, hello and tier advice', () => {
  const e2e = useBrowserTests();

  it('shows a dormant tie with a draft to copy and "Not now", a hello, and answers tier advice', async () => {
    const deps = e2e.server.deps;
    await updateSettings(deps, { myTopics: ['rust'], innerTierSize: 1 });
    const ray = await createPerson(deps, { displayName: 'Ray Rustacean', tier: 'acquaintance', topics: ['Rust'] });
    for (const days of [400, 300, 200]) {
      await logInteraction(deps, {
        personIds: [ray.id],
        occurredAt: daysAgo(days),
        summary: 'Coffee',
        notes: 'Starting a compiler team.',
      });
    }
    const olga = await createPerson(deps, { displayName: 'Olga Old', tier: 'acquaintance' });
    await logInteraction(deps, { personIds: [olga.id], occurredAt: daysAgo(1000), summary: 'Met once' });
    await createPerson(deps, { displayName: 'Ina Inner', tier: 'inner' });
    await createPerson(deps, { displayName: 'Ivo Inner', tier: 'inner' });

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByText('Reconnect with a dormant tie', { exact: true }).waitFor();
    await page.getByText('they work on Rust, which you follow').waitFor();
    await page.getByText('Just say hello', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Draft an opener for Ray Rustacean' }).click();
    await expect.poll(() => page.locator('.draft-panel textarea').inputValue()).toContain('Hi Ray,');
    // Your note is shown to you beside the draft, never quoted in it.
    await page.getByText('Your last note: Starting a compiler team.').waitFor();
    expect(await page.locator('.draft-panel textarea').inputValue()).not.toContain('compiler team');

    await page.getByText(/Your inner tier holds 2 people; about 1/).waitFor();
    await page.getByRole('button', { name: 'Keep things as they are' }).click();
    await expect.poll(() => page.getByText(/Your inner tier holds/).count()).toBe(0);

    await page.getByRole('button', { name: 'Not now: do not propose Ray Rustacean again for a year' }).click();
    await expect.poll(() => page.getByText('Reconnect with a dormant tie').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves the daily list’s settings and takes suggested tiers', async () => {
    const deps = e2e.server.deps;
    const bo = await createPerson(deps, { displayName: 'Bo Weekly', tier: 'acquaintance' });
    for (let week = 1; week <= 30; week++) {
      await logInteraction(deps, { personIds: [bo.id], occurredAt: daysAgo(week * 7), summary: 'Run' });
    }
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByLabel('Topics you follow', { exact: false }).fill('rust, climate tech');
    await page.getByLabel('Propose a plain hello', { exact: false }).uncheck();
    await page.getByRole('button', { name: 'Save the daily list' }).click();
    await page.getByText('Saved.').waitFor();
    const settings = await deps.repos.settings.get();
    expect(settings).toMatchObject({ myTopics: ['rust', 'climate tech'], hello: false });

    await page.getByRole('button', { name: 'Suggest tiers' }).click();
    await page
      .getByRole('list', { name: 'Suggested tiers' })
      .getByText(/acquaintance → inner/)
      .waitFor();
    await page.getByRole('button', { name: 'Accept 1' }).click();
    await page.getByText('Moved 1 person.').waitFor();
    expect((await deps.repos.people.get(bo.id))?.tier).toBe('inner');
    expect(errors).toEqual([]);
    await context.close();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/settings`, 'settings-daily-list', async (shot) => {
      await shot.getByRole('heading', { name: 'The daily list' }).waitFor();
    });
  });
});
