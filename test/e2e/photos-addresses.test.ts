import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { fixturesDir } from '../support/fixtures.js';
import { openPage, screenshotBoth, useBrowserTests } from './harness.js';

const photo = (name: string) => join(fixturesDir, 'photos', name);

describe('web UI: a person’s photo and addresses', () => {
  const e2e = useBrowserTests();

  it('adds a photo from a file, refuses one that is not a picture in words, and removes it', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    // No photo: her initials.
    await page.locator('.person-header .avatar', { hasText: 'AO' }).waitFor();

    await page.getByLabel('Add a photo of Ada Okafor').setInputFiles(photo('portrait-rotated.jpg'));
    const img = page.locator('.person-header [data-testid=avatar-photo]');
    await img.waitFor();
    await expect
      .poll(() =>
        img.evaluate((node) => {
          const image = node as unknown as { complete: boolean; naturalHeight: number };
          return image.complete && image.naturalHeight;
        }),
      )
      .toBe(512);
    expect(await img.evaluate((node) => (node as unknown as { naturalWidth: number }).naturalWidth)).toBe(384);
    expect((await e2e.server.deps.repos.photos.get(ada.id))?.kind).toBe('image');
    await screenshotBoth(e2e.browser, `${e2e.server.url}/people/${ada.id}`, 'person-photo', async (shot) => {
      await shot.locator('.person-header [data-testid=avatar-photo]').waitFor();
    });

    // The people list shows it as her avatar.
    await page.goto(`${e2e.server.url}/people`);
    await page.getByRole('list', { name: 'People' }).locator('[data-testid=avatar-photo]').waitFor();
    await page.goto(`${e2e.server.url}/people/${ada.id}`);

    const before = (await e2e.server.deps.repos.photos.get(ada.id))?.hash;
    await page.getByLabel('Change photo of Ada Okafor').setInputFiles(photo('not-a-photo.jpg'));
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('The photo cannot be read as a picture');
    expect((await e2e.server.deps.repos.photos.get(ada.id))?.hash).toBe(before);

    await page.getByRole('button', { name: 'Remove photo' }).click();
    await page.locator('.person-header .avatar', { hasText: 'AO' }).waitFor();
    await expect.poll(async () => e2e.server.deps.repos.photos.get(ada.id)).toBeUndefined();
    expect(errors.filter((error) => !/422|Unprocessable/.test(error))).toEqual([]);
    await context.close();
  });

  it('adds, edits and removes structured addresses on the person page, and takes one on the add form', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page.getByRole('button', { name: 'Add address' }).click();
    const form = page.getByRole('form', { name: 'New address' });
    await form.getByLabel('Label').fill('work');
    await form.getByLabel('Street').fill('12 Marina Rd');
    await form.getByLabel('City').fill('Lagos');
    await form.getByLabel('Postcode').fill('101001');
    await form.getByLabel('Country').fill('Nigeria');
    await form.getByRole('button', { name: 'Save address' }).click();
    await page.getByText('work: 12 Marina Rd, Lagos, 101001, Nigeria').waitFor();
    expect((await e2e.server.deps.repos.people.get(ada.id))?.addresses).toEqual([
      { label: 'work', street: '12 Marina Rd', city: 'Lagos', region: null, postcode: '101001', country: 'Nigeria' },
    ]);

    await page.getByRole('button', { name: /^Edit address work: 12 Marina Rd/ }).click();
    const edit = page.getByRole('form', { name: 'Edit address' });
    await edit.getByLabel('Region').fill('Lagos State');
    await edit.getByRole('button', { name: 'Save address' }).click();
    await page.getByText('work: 12 Marina Rd, Lagos, Lagos State 101001, Nigeria').waitFor();

    // An address with every part empty is refused in words, and nothing changes.
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.getByRole('form', { name: 'New address' }).getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Fill in at least one part');
    await page.getByRole('form', { name: 'New address' }).getByRole('button', { name: 'Cancel' }).click();
    expect((await e2e.server.deps.repos.people.get(ada.id))?.addresses).toHaveLength(1);

    await page.getByRole('button', { name: /^Remove address work/ }).click();
    await expect.poll(async () => (await e2e.server.deps.repos.people.get(ada.id))?.addresses).toEqual([]);

    await page.goto(`${e2e.server.url}/people/new`);
    await page.getByLabel('Name', { exact: true }).fill('Bea Santos');
    await page.getByLabel('City').fill('Porto');
    await page.getByLabel('Country').fill('Portugal');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: 'Bea Santos', level: 1 }).waitFor();
    await page.getByText('Porto, Portugal').first().waitFor();
    const bea = (await e2e.server.deps.repos.people.findByName('Bea Santos'))[0];
    expect(bea?.addresses).toEqual([
      { label: null, street: null, city: 'Porto', region: null, postcode: null, country: 'Portugal' },
    ]);
    await context.close();
  });
});
