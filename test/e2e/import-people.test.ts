import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const file = {
  name: 'Connections.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      header,
      'Grace,Hopper,https://www.linkedin.com/in/grace-h,grace@navy.example,US Navy,Rear Admiral,01 Jan 2020',
      'Bob,Mensah,https://www.linkedin.com/in/bob-m,,Acme,Engineer,01 Jan 2020',
      'Zora,Quill,https://www.linkedin.com/in/zora-q,,Paper Co,Writer,01 Jan 2020',
      '',
    ].join('\n'),
  ),
};

describe('web UI: the import preview names the people', () => {
  const e2e = useBrowserTests();

  const arrange = async () => {
    await createPerson(e2e.server.deps, {
      displayName: 'Grace Hopper',
      emails: [{ value: 'grace@navy.example', label: null }],
    });
    return createPerson(e2e.server.deps, { displayName: 'Robert Mensah', company: 'Acme', title: 'Engineer' });
  };

  for (const [size, viewport] of Object.entries(viewports)) {
    it(`lists who is created and updated with the changes, then merges a likely duplicate in place (${size})`, async () => {
      const robert = await arrange();
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/import`);
      await page.getByLabel('Contacts file').setInputFiles(file);
      await page.getByRole('button', { name: 'Preview' }).click();
      const preview = page.getByRole('region', { name: 'Preview (nothing saved yet)' });
      await preview.getByRole('heading', { name: 'Would be created (2)' }).waitFor();
      // The preview takes the focus from the button that asked for it.
      await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Preview (nothing saved yet)');
      expect(await preview.getByRole('heading', { name: 'Would be updated (1)' }).count()).toBe(1);
      const changes = preview.getByRole('list', { name: 'What changes for Grace Hopper' });
      expect((await changes.textContent()) ?? '').toContain('title: Rear Admiral');
      expect((await changes.textContent()) ?? '').toContain('organization: US Navy');
      expect(await preview.getByText(/Likely the same as Robert Mensah \(Acme\)/).count()).toBe(1);
      expect(await preview.getByText('After importing you can merge them here.', { exact: false }).count()).toBe(1);
      expect(await e2e.server.deps.repos.people.count()).toBe(2);
      if (size === 'phone') {
        expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      }
      await page.screenshot({ path: `test-results/screenshots/import-people-preview-${size}.png`, fullPage: true });

      await page.getByRole('button', { name: 'Import 3 people' }).click();
      const imported = page.getByRole('region', { name: 'Imported' });
      await imported.getByRole('heading', { name: 'Were created (2)' }).waitFor();
      await imported.getByRole('button', { name: 'Merge Bob Mensah and Robert Mensah…' }).click();
      await imported.getByRole('button', { name: 'Merge Bob Mensah into Robert Mensah' }).waitFor();
      await page.screenshot({ path: `test-results/screenshots/import-people-merge-${size}.png`, fullPage: true });
      await imported.getByRole('button', { name: 'Merge Bob Mensah into Robert Mensah' }).click();
      await imported.getByText('Merged Bob Mensah into Robert Mensah.').first().waitFor();
      // Focus goes to the message that says what happened; the page stays.
      await expect
        .poll(() => page.evaluate('document.activeElement?.textContent'))
        .toBe('Merged Bob Mensah into Robert Mensah.');
      expect(new URL(page.url()).pathname).toBe('/import');
      const people = (await e2e.server.deps.repos.people.list({ limit: 10, archived: 'include' })).items;
      expect(people.map((person) => person.displayName).sort()).toEqual([
        'Grace Hopper',
        'Robert Mensah',
        'Zora Quill',
      ]);
      const kept = people.find((person) => person.id === robert.id);
      expect(kept?.links.map((link) => link.url)).toEqual(['https://www.linkedin.com/in/bob-m']);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('saves the preview at both sizes', async () => {
    await arrange();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/import`, 'import-people', async (shot) => {
      await shot.getByLabel('Contacts file').setInputFiles(file);
      await shot.getByRole('button', { name: 'Preview' }).click();
      await shot.getByRole('heading', { name: 'Would be created (2)' }).waitFor();
    });
  });
});
