import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, screenshotDir, useBrowserTests, viewports } from './harness.js';

describe('web UI: the calendar feed and the daily digest in Settings', () => {
  const e2e = useBrowserTests();

  it('turns the feed on with a link shown once, and saves when and where the digest goes', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Ada Lovelace', birthday: '1990-03-04' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    const calendar = page.getByRole('region', { name: 'Calendar feed' });
    await calendar.getByText('Names only: no notes, emails').waitFor();
    await calendar.getByRole('button', { name: 'Turn on the calendar feed' }).click();
    const link = (await calendar.locator('.secret code').textContent()) ?? '';
    expect(link).toMatch(/\/ical\/[0-9a-z]+\.[A-Za-z0-9_-]{22}\.ics$/);
    const feed = await page.request.get(link);
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toContain(
      "Ada Lovelace's birthday (36)".replace('36', String(new Date().getUTCFullYear() - 1990)),
    );
    await calendar.getByRole('button', { name: 'New link' }).waitFor();

    const digest = page.getByRole('region', { name: 'Daily digest' });
    await digest.getByText('This server has no mail set up yet').waitFor();
    // With no mail here and no webhook, Send now waits for somewhere to send it.
    expect(await digest.getByRole('button', { name: 'Send now' }).isDisabled()).toBe(true);
    await digest.getByText('Nowhere to send it yet: add a webhook, and save.').waitFor();
    // A laptop install's owner@localhost is no one's mailbox: the form asks for an address.
    await digest.getByText('No address yet: this computer').waitFor();
    expect(await digest.getByLabel('To (email address)').inputValue()).toBe('');
    await digest.getByLabel('Email it').check();
    await digest.getByLabel('To (email address)').fill('ada at home');
    await digest.getByRole('button', { name: 'Save digest settings' }).click();
    await digest.getByText("Address isn't a valid email address").waitFor();
    await digest.getByLabel('To (email address)').fill('ada@example.com');
    await digest.getByLabel(/^At /).selectOption('8');
    await digest.getByLabel('Sat').check();
    await digest.getByLabel(/^Webhook/).fill('https://hooks.example.test/kith');
    await digest.getByRole('button', { name: 'Save digest settings' }).click();
    await digest.getByText('Saved.').waitFor();
    await digest.getByText('Signing secret').waitFor();
    expect(await digest.getByText('No address yet').count()).toBe(0);
    expect(await digest.getByLabel('To (email address)').inputValue()).toBe('ada@example.com');
    expect(await digest.getByRole('button', { name: 'Send now' }).isDisabled()).toBe(false);
    const saved = await page.request.get(`${e2e.server.url}/api/v1/digest`);
    expect(await saved.json()).toMatchObject({
      email: true,
      address: 'ada@example.com',
      hour: 8,
      weekdays: [1, 2, 3, 4, 5, 6],
      webhookUrl: 'https://hooks.example.test/kith',
    });
    // The refused address is the one failed request (400) the console reports.
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await context.close();

    mkdirSync(screenshotDir, { recursive: true });
    for (const [size, viewport] of Object.entries(viewports)) {
      const shot = await openPage(e2e.browser, viewport);
      await shot.page.goto(`${e2e.server.url}/settings`);
      await shot.page.getByRole('region', { name: 'Daily digest' }).getByText('Signing secret').waitFor();
      await shot.page.getByRole('heading', { name: 'Daily digest' }).scrollIntoViewIfNeeded();
      await shot.page.screenshot({ path: join(screenshotDir, `settings-digest-${size}.png`), fullPage: true });
      await shot.context.close();
    }
  }, 120_000);
});
