import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { prepareLocalSignIn } from '../../src/core/auth/prepare-local-sign-in.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

describe('web UI: signing in and settings', () => {
  const e2e = useBrowserTests({ signIn: true });

  it("signs in with local mode's one-time link, which works once", async () => {
    const { linkToken } = await prepareLocalSignIn(e2e.server.accounts, { loopbackOnly: true });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/`, 'sign-in', async (shot) => {
      await shot.getByRole('heading', { name: 'Sign in' }).waitFor();
    });

    await page.goto(`${e2e.server.url}/auth/link/${linkToken}`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/today');
    const again = await page.request.get(`${e2e.server.url}/auth/link/${linkToken}`, { maxRedirects: 0 });
    expect(again.status()).toBe(404);
    expect(errors.filter((error) => !error.includes('401'))).toEqual([]);
    await context.close();
  });

  it('signs out on a phone from Settings, where a stray tap on the top bar cannot', async () => {
    await addUser(e2e.server.accounts, { email: 'grace@example.com', password: 'correct horse battery' });
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/`);
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByText('Signed in as grace@example.com').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await page.request.get(`${e2e.server.url}/api/v1/people`)).status()).toBe(401);
    await context.close();
  });

  it('signs in with a password, says why when it is wrong, and signs out', async () => {
    await addUser(e2e.server.accounts, { email: 'grace@example.com', password: 'correct horse battery' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();

    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your network starts here' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await page.request.get(`${e2e.server.url}/api/v1/people`)).status()).toBe(401);
    await context.close();
  });

  it('changes the password and creates and revokes an API token in settings', async () => {
    await addUser(e2e.server.accounts, { email: 'grace@example.com', password: 'correct horse battery' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    await page.getByLabel('Current password').fill('correct horse battery');
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('at least 8');
    await page.getByLabel('New password').fill('a much longer passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();

    await page.getByLabel('Token name').fill('backup script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.locator('.secret code').textContent()) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    const withToken = await page.request.get(`${e2e.server.url}/api/v1/people`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(withToken.status()).toBe(200);
    await screenshotBoth(
      e2e.browser,
      `${e2e.server.url}/settings`,
      'settings',
      async (shot) => {
        await shot.getByText('backup script').waitFor();
      },
      await context.storageState(),
    );
    await page.getByRole('button', { name: 'Revoke backup script' }).click();
    await page.getByText('No tokens yet.').waitFor();
    const revoked = await page.request.get(`${e2e.server.url}/api/v1/people`, {
      headers: { authorization: `Bearer ${secret}`, cookie: '' },
    });
    expect(revoked.status()).toBe(401);
    await context.close();
  });

  it('refuses an app password with no name, saying so, and creates one named for the phone', async () => {
    await addUser(e2e.server.accounts, { email: 'kofi@example.com', password: 'correct horse battery' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByLabel('Email').fill('kofi@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    const name = page.getByLabel('App password for');
    await name.fill('   ');
    await page.getByRole('button', { name: 'Create app password' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe("The phone or app it is for can't be empty");
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    const tokens = async () => (await (await page.request.get(`${e2e.server.url}/api/v1/tokens`)).json()) as unknown[];
    expect(await tokens()).toEqual([]);

    await name.fill("Kofi's iPhone");
    await page.getByRole('button', { name: 'Create app password' }).click();
    await page.getByText("Type this password on Kofi's iPhone now").waitFor();
    expect(await tokens()).toEqual([expect.objectContaining({ name: "Kofi's iPhone", kind: 'dav' })]);
    await context.close();
  });

  // Three password hashes, eight pages and two pairs of screenshots: 26 s of the default 30 s under CI's load.
  it('lets an admin open sign-up in settings; then the sign-in page links to a form that creates an account', async () => {
    await addUser(e2e.server.accounts, {
      email: 'admin@example.com',
      password: 'correct horse battery',
      isAdmin: true,
    });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').waitFor();
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    await page.goto(`${e2e.server.url}/sign-up`);
    await page.getByText('Sign-up is off on this server').waitFor();
    expect(await page.getByLabel('Password (at least 8 characters)').count()).toBe(0);

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.goto(`${e2e.server.url}/settings`);
    const server = page.getByRole('region', { name: 'Server (admin)' });
    const toggle = server.getByLabel('Anyone can create an account on the sign-in page');
    expect(await toggle.isChecked()).toBe(false);
    // The box shows checked only once the PATCH answers, so click and wait for the words rather than check().
    await toggle.click();
    await server.getByText('Sign-up is on').waitFor();
    expect((await e2e.server.accounts.repos.serverSettings.get()).signUp).toBe(true);
    await screenshotBoth(
      e2e.browser,
      `${e2e.server.url}/settings`,
      'settings-admin',
      async (shot) => {
        await shot.getByRole('region', { name: 'Server (admin)' }).scrollIntoViewIfNeeded();
        await shot.getByText('Sign-up is on').waitFor();
      },
      await context.storageState(),
    );
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await screenshotBoth(e2e.browser, `${e2e.server.url}/sign-up`, 'sign-up', async (shot) => {
      await shot.getByLabel('Password (at least 8 characters)').waitFor();
    });
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Your name (optional)').fill('Grace Mensah');
    await page.getByLabel('Password (at least 8 characters)').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('at least 8');
    expect(await e2e.server.accounts.repos.users.getByEmail('grace@example.com')).toBeUndefined();
    await page.getByLabel('Password (at least 8 characters)').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/today');
    const grace = await e2e.server.accounts.repos.users.getByEmail('grace@example.com');
    expect(grace).toMatchObject({ displayName: 'Grace Mensah', isAdmin: false });

    // Not an admin: no server section, and the network starts empty.
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Password' }).waitFor();
    expect(await page.getByRole('region', { name: 'Server (admin)' }).count()).toBe(0);
    expect(errors.filter((error) => !/401|400/.test(error))).toEqual([]);
    await context.close();
  }, 60_000);
});
