import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

const connections = join(fixturesDir, 'linkedin', 'Connections.csv');
const broken = join(fixturesDir, 'linkedin', 'Connections-broken.csv');

describe('web UI: import and export', () => {
  const e2e = useBrowserTests();

  it('goes from the first run to a LinkedIn import: preview of 19 people, then the People list', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people`);
    await page.getByRole('link', { name: /Import a LinkedIn or phone export/ }).click();
    await page.getByRole('heading', { name: 'Import and export', level: 1 }).waitFor();

    await page.getByLabel('Contacts file').setInputFiles(connections);
    // Detected from the file: no need to choose.
    expect(await page.getByLabel('Format').inputValue()).toBe('linkedin');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview (nothing saved yet)' });
    await preview.getByText('Created').waitFor();
    expect(await preview.locator('dd').first().textContent()).toBe('19');
    expect((await e2e.server.deps.repos.people.list({ limit: 100, archived: 'include' })).items).toEqual([]);

    await screenshotBoth(e2e.browser, page.url(), 'import', async (shot) => {
      await shot.getByLabel('Contacts file').setInputFiles(connections);
      await shot.getByRole('button', { name: 'Preview' }).click();
      await shot.getByRole('region', { name: 'Preview (nothing saved yet)' }).waitFor();
    });

    await page.getByRole('button', { name: 'Import 19 people' }).click();
    const imported = page.getByRole('region', { name: 'Imported' });
    await imported.getByText('Created').waitFor();
    expect(await imported.locator('dd').first().textContent()).toBe('19');
    await page.getByRole('link', { name: 'See your people' }).click();
    await page.getByRole('link', { name: /Ada Okafor/ }).waitFor();
    expect(await page.getByRole('link', { name: /Oliver Smith/ }).count()).toBe(2);
    expect((await e2e.server.deps.repos.people.list({ limit: 100, archived: 'include' })).items).toHaveLength(19);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a malformed file with its line number and imports nothing, on a phone too', async () => {
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/import`);
    await page.getByLabel('Contacts file').setInputFiles(broken);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('alert').getByText('LinkedIn CSV line 6: a quoted value is never closed').waitFor();
    await page.getByText('Nothing was imported.').waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ people$/ }).count()).toBe(0);
    expect((await e2e.server.deps.repos.people.list({ limit: 100, archived: 'include' })).items).toEqual([]);
    await context.close();
  });

  it('offers vCard, CSV and full JSON downloads that the server answers', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/import`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download full backup (JSON)' }).click(),
    ]);
    const path = await download.path();
    const backup = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(backup).toHaveProperty('sections');
    expect(backup).toHaveProperty('version', 1);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await page.getByRole('link', { name: 'Download vCard' }).getAttribute('href')).toBe('/api/v1/export/vcard');
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe('/api/v1/export/csv');
    await context.close();
  });
});
