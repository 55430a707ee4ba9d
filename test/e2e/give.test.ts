import { describe, expect, it } from 'vitest';
import { listIntroductions } from '../../src/core/introductions/list-introductions.js';
import { startIntroduction } from '../../src/core/introductions/start-introduction.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { dayWords } from '../../src/web/components/dates.js';
import { openPage, screenshotBoth, useBrowserTests } from './harness.js';

const article = `Warehouse automation is changing demand planning

Robots now pick most orders in the largest distribution centres, and the demand planners who
feed them forecasts are in short supply. Supply chain directors say warehouse automation
projects stall without good forecasting.`;

/** A job listing page: a header with one link, the listing, a footer (as the shared sample page has them). */
const jobPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Senior Data Engineer – Streaming Platform | Trey Research Careers</title></head><body>
<header><a href="/careers">All jobs</a></header>
<main><h1>Senior Data Engineer – Streaming Platform</h1>
<ul class="meta"><li>Trey Research</li><li>Madrid, Spain (hybrid)</li><li>Full time</li></ul>
<section><h2>About the role</h2><p>We are building a real-time platform that ingests research telemetry from
thousands of lab instruments. You will design Kafka and Flink pipelines, own data contracts with producer teams,
and make the platform observable end to end.</p></section>
<section><h2>You have</h2><ul><li>Five or more years of data engineering, including stream processing in production</li>
<li>Experience with schema evolution and data contracts</li></ul></section></main>
<footer>Trey Research is an equal opportunity employer.</footer></body></html>`;

describe('web UI: give', () => {
  const e2e = useBrowserTests();

  it("saves a job listing's copied text as a job with its own title, suggests who looks for that role, and edits its company, role and location", async () => {
    await createPerson(e2e.server.deps, {
      displayName: 'Henri West',
      title: 'Product Manager',
      needs: ['beta testers in logistics', 'a head of product role'],
    });
    await createPerson(e2e.server.deps, {
      displayName: 'José Álvarez',
      title: 'Data Engineer',
      needs: ['a senior data engineering role'],
    });
    const { context, page, errors } = await openPage(e2e.browser);
    // The page's visible text, as selecting all of it in the browser and copying gives it.
    await page.setContent(jobPage);
    // innerText, not textContent: the text as laid out, one line per block, as a copy gives it.
    const copied = String(await page.evaluate('document.body.innerText'));
    expect(copied.startsWith('All jobs\n')).toBe(true);

    await page.goto(`${e2e.server.url}/give`);
    await page.getByLabel('Pasted text').check();
    await page.getByLabel('Text', { exact: true }).fill(copied);
    expect(await page.getByLabel('Kind').inputValue()).toBe('');
    await page.getByLabel('Kind').selectOption({ label: 'Job listing' });
    await page.getByRole('button', { name: 'Save and find who would value it' }).click();
    await page.getByRole('heading', { name: 'Senior Data Engineer – Streaming Platform', level: 1 }).waitFor();
    await page.getByText('job · Trey Research · Madrid, Spain (hybrid)').waitFor();
    const suggested = page.getByRole('list', { name: 'Suggested people' });
    await suggested.getByRole('link', { name: 'José Álvarez' }).waitFor();
    expect(await suggested.getByRole('link', { name: 'Henri West' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Company').fill('Trey Research Labs');
    await page.getByLabel('Role', { exact: true }).fill('Senior Data Engineer');
    await page.getByLabel('Location').fill('Madrid, Spain');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('job · Trey Research Labs · Madrid, Spain').waitFor();
    const { items } = await e2e.server.deps.repos.items.list({ archived: 'include', limit: 10 });
    expect(items).toMatchObject([
      {
        kind: 'job',
        source: 'text',
        title: 'Senior Data Engineer – Streaming Platform',
        company: 'Trey Research Labs',
        role: 'Senior Data Engineer',
        location: 'Madrid, Spain',
      },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds an item from pasted text, ranks who would value it, and records a share with an email draft', async () => {
    const ada = await createPerson(e2e.server.deps, {
      displayName: 'Ada Okafor',
      title: 'Supply Chain Director',
      emails: [{ value: 'ada@example.com' }],
      topics: ['warehouse automation', 'demand planning'],
    });
    await createPerson(e2e.server.deps, { displayName: 'Sofia Rossi', title: 'Recruiter', topics: ['hiring'] });

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give`);
    await page.getByLabel('Pasted text').check();
    await page.getByLabel('Text', { exact: true }).fill(article);
    await page.getByRole('button', { name: 'Save and find who would value it' }).click();
    await page.getByRole('heading', { name: 'Warehouse automation is changing demand planning', level: 1 }).waitFor();

    const suggested = page.getByRole('list', { name: 'Suggested people' });
    await suggested.getByRole('link', { name: 'Ada Okafor' }).waitFor();
    expect(await suggested.getByRole('link', { name: 'Sofia Rossi' }).count()).toBe(0);
    expect((await suggested.locator('.reasons').first().textContent()) ?? '').toMatch(
      /warehouse automation|demand planning/,
    );
    await screenshotBoth(e2e.browser, page.url(), 'give-item', async (shot) => {
      await shot.getByRole('link', { name: 'Ada Okafor' }).first().waitFor();
    });

    await page.getByRole('button', { name: 'Send to Ada Okafor' }).click();
    // The note takes the focus from the Send button it replaces.
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('TEXTAREA');
    await page.getByLabel('A note for Ada Okafor').fill('Thought of your planner search');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Record and open email' }).click();
    // The draft opens in a new window (the mail app); headless chromium shows it as a blank popup.
    await popup;
    const draft = page.getByRole('link', { name: 'Open the email draft again' });
    await draft.waitFor();
    const href = (await draft.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:ada%40example.com?')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Thought of your planner search');

    const sent = page.getByRole('list', { name: 'Already sent to' });
    await sent.getByRole('link', { name: 'Ada Okafor' }).waitFor();
    await expect.poll(() => suggested.getByRole('link', { name: 'Ada Okafor' }).count()).toBe(0);
    const shares = await e2e.server.deps.repos.shares.listForPerson(ada.id);
    expect(shares).toMatchObject([{ note: 'Thought of your planner search' }]);
    expect(errors.filter((error) => !error.includes('mailto'))).toEqual([]);
    await context.close();
  });

  it('refuses an item with nothing in it, saying why, and saves nothing', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give`);
    await page.getByLabel('Link', { exact: true }).fill('not a url');
    await page.getByRole('button', { name: 'Save and find who would value it' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/url/i);
    expect((await e2e.server.deps.repos.items.list({ archived: 'include', limit: 10 })).items).toEqual([]);
    await context.close();
  });

  it('says why a link could not be read, and offers to paste its text instead', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give`);
    // .invalid never resolves (RFC 2606), with or without a network.
    await page.getByLabel('Link', { exact: true }).fill('http://no-such-host.invalid/forecasting');
    await page.getByRole('button', { name: 'Save and find who would value it' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no-such-host.invalid was not found');
    expect((await e2e.server.deps.repos.items.list({ archived: 'include', limit: 10 })).items).toEqual([]);
    await page.getByRole('button', { name: 'Paste its text' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByLabel('Text', { exact: true }).fill('Forecasting at scale\n\nHow planners forecast demand.');
    await page.getByRole('button', { name: 'Save and find who would value it' }).click();
    await page.getByRole('heading', { name: 'Forecasting at scale' }).waitFor();
    await context.close();
  });

  it('moves an introduction across the board', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor' });
    const grace = await createPerson(e2e.server.deps, { displayName: 'Grace Mensah' });
    await startIntroduction(e2e.server.deps, { personAId: ada.id, personBId: grace.id, reason: 'Both run warehouses' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/give/introductions`);
    const card = page.getByRole('listitem', { name: 'Ada Okafor ↔ Grace Mensah' });
    // Each step is a button naming who was asked; the card says where it stands, and since when.
    for (const [step, column, standing] of [
      ['Asked Ada Okafor', /^Asked the first/, 'asked Ada Okafor'],
      ['Asked Grace Mensah', /^Asked the second/, 'asked Grace Mensah'],
      ['Both agreed: made', /^Made/, 'made'],
    ] as const) {
      await card.getByRole('button', { name: step }).click();
      await page.getByRole('region', { name: column }).getByText('Ada Okafor ↔ Grace Mensah').waitFor();
      await card.getByText(`${standing} ${dayWords(new Date().toISOString().slice(0, 10), 'en-US')}`).waitFor();
    }
    await page.getByRole('status').getByText('Ada Okafor ↔ Grace Mensah: made.').waitFor();
    expect((await listIntroductions(e2e.server.deps)).map((intro) => intro.status)).toEqual(['made']);
    await screenshotBoth(e2e.browser, page.url(), 'introductions', async (shot) => {
      await shot.getByText('Ada Okafor ↔ Grace Mensah').waitFor();
    });
    await context.close();
  });
});
