import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures.js';
import { generateLinkedInCsv } from '../support/linkedin-file.js';
import { openPage, screenshotBoth, screenshotDir, useBrowserTests, viewports } from './harness.js';

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
    await preview.getByText('Created', { exact: true }).waitFor();
    expect(await preview.locator('dd').first().textContent()).toBe('19');
    expect((await e2e.server.deps.repos.people.list({ limit: 100, archived: 'include' })).items).toEqual([]);

    await screenshotBoth(e2e.browser, page.url(), 'import', async (shot) => {
      await shot.getByLabel('Contacts file').setInputFiles(connections);
      await shot.getByRole('button', { name: 'Preview' }).click();
      await shot.getByRole('region', { name: 'Preview (nothing saved yet)' }).waitFor();
    });

    await page.getByRole('button', { name: 'Import 19 people' }).click();
    const imported = page.getByRole('region', { name: 'Imported' });
    await imported.getByText('Created', { exact: true }).waitFor();
    expect(await imported.locator('dd').first().textContent()).toBe('19');
    await page.getByRole('link', { name: 'See your people' }).click();
    await page.getByRole('link', { name: /Ada Okafor/ }).waitFor();
    expect(await page.getByRole('link', { name: /Oliver Smith/ }).count()).toBe(2);
    expect((await e2e.server.deps.repos.people.list({ limit: 100, archived: 'include' })).items).toHaveLength(19);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the upload’s percentage and then a processing state for a 20,000-row file, previewing and importing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-e2e-import-'));
    const file = join(dir, 'Connections.csv');
    writeFileSync(file, generateLinkedInCsv(20_000));
    const { context, page, errors } = await openPage(e2e.browser);
    page.setDefaultTimeout(60_000);
    // Every state the progress line shows, as the page shows it (polling could miss a short one).
    await page.addInitScript({
      content: `
        window.progressSeen = [];
        new MutationObserver(() => {
          const text = document.querySelector('.import-progress')?.textContent ?? '';
          if (text && window.progressSeen.at(-1) !== text) window.progressSeen.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      `,
    });
    await page.goto(`${e2e.server.url}/import`);
    // The page drawn first (its module loads after the document), then the network slowed.
    const fileInput = page.getByLabel('Contacts file');
    await fileInput.waitFor({ state: 'attached' });
    // A slow uplink (about 1 MB/s), so the 2 MB file takes a couple of seconds to send, as it would over a real network.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 10 * 1024 * 1024,
      uploadThroughput: 1024 * 1024,
    });
    const seen = () => page.evaluate<string[]>('[...window.progressSeen]');

    await fileInput.setInputFiles(file);
    await page.getByText('20,003 lines').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('progressbar', { name: 'Uploading the file' }).waitFor();
    await page.getByText(/^Uploading [1-9]\d?% \(/).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import-uploading-desktop.png') });
    const preview = page.getByRole('region', { name: 'Preview (nothing saved yet)' });
    await preview.getByText('Created', { exact: true }).waitFor();
    expect(await preview.locator('dd').first().textContent()).toBe('20000');
    const previewStates = await seen();
    const percents = previewStates.flatMap((text) => {
      const match = /^Uploading (\d+)%/.exec(text);
      return match ? [Number(match[1])] : [];
    });
    expect(
      percents.some((percent) => percent > 0 && percent < 100),
      previewStates.join(' | '),
    ).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(previewStates.at(-1)).toBe('Uploaded. Reading 20,003 lines…');
    expect(await e2e.server.deps.repos.people.count()).toBe(0);

    await page.evaluate('window.progressSeen.length = 0');
    await page.getByRole('button', { name: 'Import 20000 people' }).click();
    const imported = page.getByRole('region', { name: 'Imported' });
    await imported.getByText('Created', { exact: true }).waitFor();
    expect(await imported.locator('dd').first().textContent()).toBe('20000');
    const commitStates = await seen();
    expect(
      commitStates.some((text) => /^Uploading [1-9]\d?%/.test(text)),
      commitStates.join(' | '),
    ).toBe(true);
    expect(commitStates).toContain('Uploaded. Reading 20,003 lines…');
    expect(await page.locator('.import-progress').count()).toBe(0);
    expect(await e2e.server.deps.repos.people.count()).toBe(20_000);
    expect(errors).toEqual([]);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

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
