import { describe, expect, it } from 'vitest';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, useBrowserTests, viewports } from './harness.js';

describe('web UI: introductions', () => {
  const e2e = useBrowserTests();

  it('introduces any two people, tracks a suggestion with a word about it, and dismisses one with feedback', async () => {
    const { deps } = e2e.server;
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', needs: ['hiring demand planners'] });
    await createPerson(deps, { displayName: 'Amara Nwosu', offers: ['demand planning'] });
    await createPerson(deps, { displayName: 'Bola Ade', offers: ['demand planning'] });
    await createPerson(deps, { displayName: 'Grace Mensah', company: 'Acme Freight' });
    await createPerson(deps, { displayName: 'Yuki Sato', title: 'Founder' });
    for (const viewport of [viewports.phone, viewports.desktop]) {
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/give/introductions`);
      if (viewport === viewports.phone) {
        // Any two people, not only suggested pairs; a missing second person is said in words.
        await page.getByRole('combobox', { name: 'First person' }).fill('grace');
        await page.getByRole('option', { name: /Grace Mensah · Acme Freight/ }).click();
        await page.getByLabel('Why they should meet').fill('both ship to Lagos');
        await page.getByRole('button', { name: 'Start tracking' }).click();
        await page.getByRole('alert').getByText('Choose the second person from the list of people you know.').waitFor();
        // A name typed and not chosen from the list is not someone yet.
        await page.getByRole('combobox', { name: 'Second person' }).fill('yuk');
        await page.getByRole('button', { name: 'Start tracking' }).click();
        await page.getByRole('alert').getByText('Choose the second person from the list of people you know.').waitFor();
        await page.getByLabel('Why they should meet').fill('');
        await page.getByRole('combobox', { name: 'Second person' }).fill('yuki');
        await page.getByRole('option', { name: /Yuki Sato · Founder/ }).click();
        await page.getByRole('button', { name: 'Start tracking' }).click();
        await page.getByRole('alert').getByText("Why they should meet can't be empty").waitFor();
        await page.getByLabel('Why they should meet').fill('both ship to Lagos');
        await page.getByRole('button', { name: 'Start tracking' }).click();
        await page.getByRole('status').getByText('Tracking Grace Mensah and Yuki Sato').waitFor();
        expect(await page.getByRole('alert').count()).toBe(0);

        await page.getByRole('button', { name: 'Track this introduction' }).first().click();
        const tracked = page.getByRole('status').getByText(/Tracking Ada Okafor and (Amara Nwosu|Bola Ade)/);
        await tracked.waitFor();
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("role")')).toBe('status');
      } else {
        const suggestion = page.getByRole('button', { name: /^Dismiss Ada Okafor and / });
        await suggestion.click();
        await page.getByLabel("What's wrong with this pair? (optional)").fill('they already work together');
        await page.getByRole('button', { name: "Don't suggest again" }).click();
        await page.getByText('No pairs yet').waitFor();
      }
      expect(errors.filter((error) => !error.includes('status of 400'))).toEqual([]);
      await context.close();
    }
    expect(await deps.repos.introductions.list()).toHaveLength(2);
    const [dismissal] = await deps.repos.introductions.dismissals();
    expect(dismissal?.feedback).toBe('they already work together');
    expect([dismissal?.personAId, dismissal?.personBId]).toContain(ada.id);
  });
});
