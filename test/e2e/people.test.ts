import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { setArchived } from '../../src/core/people/update-person.js';
import { openPage, screenshotBoth, screenshotDir, useBrowserTests, viewports } from './harness.js';

describe('web UI: people', () => {
  const e2e = useBrowserTests();

  it('shows what to do next on an empty network, and adds a person from there', async () => {
    await screenshotBoth(e2e.browser, `${e2e.server.url}/`, 'first-run', async (page) => {
      await page.getByRole('heading', { name: 'Your network starts here' }).waitFor();
    });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('link', { name: /Add someone you know/ }).click();
    await page.getByLabel('Name').fill('Ada Okafor');
    await page.getByLabel('Title').fill('Supply Chain Director');
    await page.getByLabel('Organization').fill('Northwind');
    await page.getByLabel('Topics').fill('demand planning, forecasting');
    await page.getByLabel('Family (due a little later than a friend would be)').check();
    await page.getByRole('button', { name: 'Add person' }).click();

    await page.getByRole('heading', { name: 'Ada Okafor', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/people\/[0-9a-z]{26}$/i);
    expect(await page.getByLabel('Family (due a little later than a friend would be)').isChecked()).toBe(true);
    await page.getByRole('link', { name: '← People' }).click();
    await expect(page.getByRole('list', { name: 'People' }).getByRole('link').allTextContents()).resolves.toEqual([
      expect.stringContaining('Ada Okafor'),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the demo network from the first-run screen', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people`);
    await page.getByRole('button', { name: /Load the demo network/ }).click();
    await expect.poll(() => page.getByText(/^40 people$/).count()).toBe(1);
    expect(await e2e.server.deps.repos.people.count()).toBe(40);
    await context.close();
  });

  it('refuses a person without a name, saying which field, and adds nothing', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/new`);
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain("Name can't be empty");
    expect((await e2e.server.deps.repos.people.list({ archived: 'include', limit: 10 })).items).toEqual([]);
    await context.close();
  });

  it('edits a person in place, and keeps the edit open with the reason when the server refuses it', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', company: 'Northwind' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page.getByRole('button', { name: 'Edit title' }).click();
    await page.getByLabel('Title').fill('VP Supply Chain');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edit title' }).filter({ hasText: 'VP Supply Chain' }).waitFor();
    expect((await e2e.server.deps.repos.people.get(ada.id))?.title).toBe('VP Supply Chain');

    await page.getByRole('button', { name: 'Edit emails' }).click();
    await page.getByLabel('Emails').fill('not-an-email');
    await page.keyboard.press('Enter');
    // The reason in words, as the form calls the field, not the API's path ("emails.0.value: …").
    await expect(page.getByRole('alert').textContent()).resolves.toBe("Email isn't a valid email address");
    await page.keyboard.press('Escape');
    expect((await e2e.server.deps.repos.people.get(ada.id))?.emails).toEqual([]);

    await page.getByRole('button', { name: 'Edit phones' }).click();
    await page.getByLabel('Phones').fill('ask Ada');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Phone "ask Ada" is not a phone number/);
    await page.keyboard.press('Escape');
    expect((await e2e.server.deps.repos.people.get(ada.id))?.phones).toEqual([]);

    await page.getByLabel('Tier').selectOption('close');
    await page.getByText('close', { exact: true }).first().waitFor();
    await expect.poll(async () => (await e2e.server.deps.repos.people.get(ada.id))?.tier).toBe('close');

    await page.getByRole('button', { name: 'Edit notes' }).click();
    await page.getByRole('textbox', { name: 'Notes' }).fill('Met at **ProMat**.\n\n- hiring demand planners');
    await page.keyboard.press('Control+Enter');
    await page.locator('.markdown strong', { hasText: 'ProMat' }).waitFor();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/people/${ada.id}`, 'person', async (shot) => {
      await shot.getByRole('heading', { name: 'Ada Okafor', level: 1 }).waitFor();
    });
    await context.close();
  });

  it('renders names and notes containing script and onerror markup as text (no stored XSS)', async () => {
    const name = '<script>window.__xss = "name"</script><img src=x onerror="window.__xss = \'name-img\'">';
    const notes =
      'Hi <script>window.__xss = "notes"</script>\n\n<img src=x onerror="window.__xss = \'notes-img\'">\n\n[x](javascript:window.__xss=1)';
    const person = await createPerson(e2e.server.deps, { displayName: name, notes, company: '<b>Bold</b> Corp' });
    const { context, page } = await openPage(e2e.browser);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${e2e.server.url}/people`);
    await page.getByRole('list', { name: 'People' }).getByText(name).waitFor();
    await page.goto(`${e2e.server.url}/people/${person.id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const rendered = page.getByRole('region', { name: 'Notes' }).locator('.markdown');
    await expect(rendered.textContent()).resolves.toContain('<img src=x onerror=');
    await expect(rendered.textContent()).resolves.toContain('<script>');
    await page.getByRole('list', { name: 'Timeline' }).waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.locator('.markdown a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('searches as you type, with / focusing the search box, and filters by tier, topic and organization', async () => {
    await createPerson(e2e.server.deps, {
      displayName: 'Ada Okafor',
      company: 'Northwind',
      tier: 'close',
      topics: ['forecasting'],
    });
    await createPerson(e2e.server.deps, { displayName: 'Adaeze Nwosu', company: 'Contoso', topics: ['robotics'] });
    await createPerson(e2e.server.deps, { displayName: 'Grace Mensah', company: 'Northwind', topics: ['robotics'] });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people`);
    const rows = page.getByRole('list', { name: 'People' }).locator('.person-name');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor', 'Adaeze Nwosu', 'Grace Mensah']);

    await page.getByRole('heading', { name: 'People', level: 1 }).click();
    await page.keyboard.press('/');
    await page.keyboard.type('ada');
    expect(await page.evaluate('document.activeElement?.getAttribute("type")')).toBe('search');
    await expect.poll(() => rows.allTextContents()).toEqual(expect.arrayContaining(['Ada Okafor', 'Adaeze Nwosu']));
    await expect.poll(() => rows.count()).toBe(2);
    // "ad" finds the same two people: the page may show them before it asks for "ada".
    await expect.poll(() => page.url()).toContain('q=ada');

    await page.getByLabel('Tier').selectOption('close');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    await page.getByLabel('Search people').fill('');
    await page.getByLabel('Tier').selectOption('');
    await page.getByLabel('Topic').fill('robotics');
    await expect.poll(() => rows.allTextContents()).toEqual(['Adaeze Nwosu', 'Grace Mensah']);
    // A part of the organization's name is enough, as in a search.
    await page.getByLabel('Organization').fill('north');
    await expect.poll(() => rows.allTextContents()).toEqual(['Grace Mensah']);
    await context.close();

    await screenshotBoth(e2e.browser, `${e2e.server.url}/people`, 'people', async (shot) => {
      await shot.getByText('Grace Mensah').waitFor();
    });
    await screenshotBoth(e2e.browser, `${e2e.server.url}/people/new`, 'add-person', async (shot) => {
      await shot.getByRole('heading', { name: 'Add a person' }).waitFor();
    });
  });

  it('keeps archived people out of the list and search, and shows them apart when asked', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', company: 'Northwind' });
    const adaeze = await createPerson(e2e.server.deps, { displayName: 'Adaeze Nwosu', company: 'Contoso' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${adaeze.id}`);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Bring back from archive' }).waitFor();

    // Searched for among current people, an archived person is one click away.
    await page.goto(`${e2e.server.url}/people?q=adaeze`);
    await page.getByRole('button', { name: 'Look among the archived' }).click();
    const rows = page.getByRole('list', { name: 'People' }).locator('.person-name');
    await expect.poll(() => rows.allTextContents()).toEqual(['Adaeze Nwosu']);
    expect(await page.getByLabel('Showing').inputValue()).toBe('only');

    await page.goto(`${e2e.server.url}/people?q=ada`);
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    expect(await page.getByRole('button', { name: 'Look among the archived' }).count()).toBe(0);
    await page.getByLabel('Showing').selectOption('only');
    await expect.poll(() => rows.allTextContents()).toEqual(['Adaeze Nwosu']);
    await expect.poll(() => page.url()).toContain('archived=only');
    expect(await page.locator('.list-count').textContent()).toBe('1 archived person matches');
    await page.getByLabel('Showing').selectOption('include');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor', 'Adaeze Nwosu']);
    // Among everyone, only the archived person carries the badge.
    expect(await page.locator('.person-row .badge.archived').allTextContents()).toEqual(['archived']);
    // Without a search, the archived list too; reload keeps the choice.
    await page.getByLabel('Search people').fill('');
    await page.getByLabel('Showing').selectOption('only');
    await expect.poll(() => rows.allTextContents()).toEqual(['Adaeze Nwosu']);
    await page.reload();
    await expect.poll(() => rows.allTextContents()).toEqual(['Adaeze Nwosu']);
    expect(await page.getByLabel('Showing').inputValue()).toBe('only');
    // No archived match: a way back to current people.
    await page.getByLabel('Search people').fill('okafor');
    await page.getByRole('button', { name: 'Back to current people' }).click();
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    await context.close();
  });

  it('on a phone, folds the filters under one button and keeps the end of a page clear of a toast', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', tags: ['mentor'] });
    const grace = await createPerson(e2e.server.deps, { displayName: 'Grace Mensah' });
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/people`);
    const rows = page.getByRole('list', { name: 'People' }).locator('.person-name');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor', 'Grace Mensah']);
    expect(await page.getByLabel('Tag').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Tag').fill('mentor');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    // Opened at an address with a filter, they show, and the folded button counts them.
    await page.reload();
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    expect(await page.getByLabel('Tag').inputValue()).toBe('mentor');
    await page.getByRole('button', { name: 'Hide filters' }).click();
    await page.getByRole('button', { name: 'Filters (1 on)' }).waitFor();
    expect(await page.getByLabel('Tag').isVisible()).toBe(false);

    // The Undo toast covers the bottom of the screen; scrolled to its end, the page ends above it.
    await page.goto(`${e2e.server.url}/people/${grace.id}`);
    await page.getByRole('button', { name: 'Archive' }).click();
    const toast = page.locator('.toast');
    await toast.waitFor();
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const manage = await page.getByRole('region', { name: 'Manage' }).boundingBox();
    const toastBox = await toast.boundingBox();
    expect(manage && toastBox && manage.y + manage.height).toBeLessThanOrEqual(toastBox?.y ?? 0);
    await context.close();
  });

  it('tells a network whose people are all archived from a new one', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    await setArchived(e2e.server.deps, ada.id, true);
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people`);
    await page.getByText('Everyone in your network is archived.').waitFor();
    expect(await page.getByRole('heading', { name: 'Your network starts here' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Look among the archived' }).click();
    const rows = page.getByRole('list', { name: 'People' }).locator('.person-name');
    await expect.poll(() => rows.allTextContents()).toEqual(['Ada Okafor']);
    await context.close();
  });

  it('shows a search a page at a time, the next as you scroll to the end', async () => {
    for (let i = 0; i < 70; i++) {
      await createPerson(e2e.server.deps, { displayName: `Zelda Moreno ${String(i).padStart(2, '0')}` });
    }
    const { context, page } = await openPage(e2e.browser);
    const asked: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/people' && url.searchParams.get('q') === 'zelda') asked.push(url);
    });
    await page.goto(`${e2e.server.url}/people?q=zelda`);
    const rows = page.getByRole('list', { name: 'People' }).locator('.person-name');
    await expect.poll(() => rows.first().textContent()).toBe('Zelda Moreno 00');

    const count = page.locator('.list-count');
    for (let tries = 0; tries < 20 && (await count.textContent()) !== '70 people match'; tries++) {
      await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
      await page.waitForTimeout(200);
    }
    await expect.poll(() => count.textContent()).toBe('70 people match');
    await expect
      .poll(async () => {
        await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
        return rows.last().textContent();
      })
      .toBe('Zelda Moreno 69');
    // The first page asked for 50; the rest came with the cursor the first answered.
    const pages = asked.map((url) => [url.searchParams.get('limit'), url.searchParams.has('cursor')]);
    expect(pages[0]).toEqual(['50', false]);
    expect(pages).toContainEqual(['50', true]);
    expect(pages.every(([limit]) => limit === '50')).toBe(true);
    await context.close();
  });

  it('captures someone just met from a phone in one form, keeping where between captures', async () => {
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/capture`);
    await page.getByLabel('Name').fill('Tomasz Wiśniewski');
    await page.getByLabel('Where you met').fill('ProMat 2026');
    await page.getByLabel('One line about them').fill('Head of logistics, wants a demo');
    await page.getByLabel('Topics').fill('logistics, robotics');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Tomasz Wiśniewski' }).waitFor();
    // "Just added" is below the fold on a phone; the toast says it where the eye is.
    await page.getByRole('status').getByText('Added Tomasz Wiśniewski.').waitFor();
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Where you met').inputValue()).resolves.toBe('ProMat 2026');
    const [tomasz] = (await e2e.server.deps.repos.people.list({ archived: 'include', limit: 10 })).items;
    expect(tomasz).toMatchObject({
      displayName: 'Tomasz Wiśniewski',
      howMet: 'ProMat 2026',
      notes: 'Head of logistics, wants a demo',
      topics: ['logistics', 'robotics'],
    });
    expect(tomasz?.metOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/capture`, 'capture', async (shot) => {
      await shot.getByRole('heading', { name: 'Quick capture' }).waitFor();
    });
  });

  it('works from the keyboard alone, and follows the system dark mode', async () => {
    const ada = await createPerson(e2e.server.deps, {
      displayName: 'Ada Okafor',
      tier: 'close',
      topics: ['forecasting'],
    });
    const { context, page } = await openPage(e2e.browser, viewports.desktop, { colorScheme: 'dark' });
    await page.goto(`${e2e.server.url}/people`);
    await page.getByText('Ada Okafor').waitFor();
    const background = await page.evaluate('getComputedStyle(document.documentElement).backgroundColor');
    expect(background).toBe('rgb(21, 23, 26)');
    await page.screenshot({ path: join(screenshotDir, 'people-dark-desktop.png') });

    await page.keyboard.press('/');
    await page.keyboard.type('ada');
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Ada Okafor/ })
      .waitFor();
    // From the search box, Tab moves through the filters to the first result.
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate('document.activeElement?.textContent ?? ""');
      if (String(focused).includes('Ada Okafor')) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ada Okafor', level: 1 }).waitFor();
    expect(page.url()).toContain(ada.id);
    await page.getByRole('button', { name: 'Edit title' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Director');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await e2e.server.deps.repos.people.get(ada.id))?.title).toBe('Director');
    await context.close();
  });

  it('opens deep links through the SPA fallback, and keeps JSON 404s for the API', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/01NOTAREALID0000000000000`);
    await page.getByRole('heading', { name: 'Person not found' }).waitFor();
    const api = await page.request.get(`${e2e.server.url}/api/v1/nothing`, { headers: { accept: 'text/html' } });
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    await context.close();
  });
});
