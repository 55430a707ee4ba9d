import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { listFollowUps } from '../../src/core/events/follow-ups.js';
import { markAttending } from '../../src/core/events/mark-attending.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { listInteractions } from '../../src/core/interactions/list-interactions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { openPage, useBrowserTests, viewports } from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

/** Ingrid met yesterday at an event that ended yesterday: the morning after lists her on Today. */
async function metYesterday(e2e: ReturnType<typeof useBrowserTests>) {
  const { deps } = e2e.server;
  const event = await createEvent(deps, {
    name: 'NordConf',
    kind: 'convention',
    startsOn: daysAgo(1),
    endsOn: daysAgo(1),
    status: 'attended',
  });
  const yesterday = new Date(Date.now() - DAY_MS);
  const met = await meetAtEvent({ ...deps, now: () => yesterday }, event.id, {
    newPerson: { displayName: 'Ingrid Holm' },
    note: 'Works on: payments\nNeeds: a Rust hire',
  });
  return { event, ingrid: met.person };
}

// The phone at and after a convention, where the connection comes and goes: what a user is
// told when something needs the server, and what is kept for later instead of lost.
describe('web UI: the phone without a connection', () => {
  const e2e = useBrowserTests();

  it('says the people search needs a connection, not that nobody has the name', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Pedro Alves', company: 'Elastic' });
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/today`);
    await page.getByText('Log an interaction with anyone').click();
    const picker = page.getByRole('combobox', { name: 'With whom' });
    await context.setOffline(true);
    await picker.fill('Pedro');
    const choices = page.getByRole('listbox', { name: 'With whom: choices' });
    await choices.getByText('Offline: finding people needs a connection').waitFor();
    expect(await choices.getByText('Nobody by that name').count()).toBe(0);
    // Back online, the same search finds him.
    await context.setOffline(false);
    await picker.fill('Pedr');
    await choices.getByRole('option', { name: /Pedro Alves/ }).waitFor();
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to (load|fetch)/.test(error))).toEqual([]);
    await context.close();
  });

  it('keeps a follow-up logged as sent offline and sends it once when back online', async () => {
    const { deps } = e2e.server;
    const { event, ingrid } = await metYesterday(e2e);
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/today`);
    const card = page.getByRole('list', { name: 'Follow up after the event' }).getByRole('listitem');
    await card.getByRole('link', { name: 'Ingrid Holm' }).waitFor();
    // The note's lines stay apart on the phone, not "payments Needs: …".
    await card.getByText(/Works on: payments · Needs: a Rust hire/).waitFor();
    await context.setOffline(true);
    await card.getByRole('button', { name: 'Log as sent' }).click();
    await card.getByText('Logged as sent: waiting to sync').waitFor();
    await page.getByRole('status').getByText('Offline · 1 waiting to sync').waitFor();
    expect(await page.getByText('Failed to fetch').count()).toBe(0);
    expect(await listInteractions(deps, { personId: ingrid.id })).toHaveLength(1);

    await context.setOffline(false);
    await expect
      .poll(async () => (await listInteractions(deps, { personId: ingrid.id })).map((item) => item.kind).sort())
      .toEqual(['event', 'message']);
    const sent = (await listInteractions(deps, { personId: ingrid.id })).find((item) => item.kind === 'message');
    expect(sent?.summary).toBe('Followed up after NordConf');
    expect(sent?.notes).toContain('Hi Ingrid');
    expect(await listFollowUps(deps, { eventId: event.id })).toEqual([]);
    // Once the server has it, the card goes: Today asks again.
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(0);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to (load|fetch)/.test(error))).toEqual([]);
    await context.close();
  });

  it("says in words that marking a follow-up done needs a connection, and the browser's words nowhere", async () => {
    const { event } = await metYesterday(e2e);
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByRole('link', { name: 'Ingrid Holm' }).waitFor();
    await page.getByText(/Works on: payments · Needs: a Rust hire/).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Done following up with Ingrid Holm' }).click();
    await page
      .getByRole('alert')
      .getByText('You are offline: this needs a connection to kith. Try again when you are back online.')
      .waitFor();
    expect(await page.getByText('Failed to fetch').count()).toBe(0);
    await context.close();
  });

  it('says a page never loaded on this phone waits for a connection, instead of loading for ever', async () => {
    await createPerson(e2e.server.deps, { displayName: 'Pedro Alves' });
    // With the service worker, as on a phone: the app's files are kept, the data of pages not opened is not.
    const { context, page } = await openPage(e2e.browser, viewports.phone, { serviceWorkers: 'allow' });
    await page.goto(`${e2e.server.url}/today`);
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await expect.poll(() => page.evaluate('navigator.serviceWorker.controller?.scriptURL')).toMatch(/\/sw\.js$/);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Events' }).click();
    await page.getByRole('heading', { name: 'Events' }).waitFor();
    await page.getByText('Offline, and this was not kept on this phone').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.getByText('Offline, and this was not kept on this phone').waitFor();
    await context.setOffline(false);
    // The paused read goes out again when the connection returns.
    await page.getByRole('link', { name: 'Pedro Alves' }).waitFor();
    await context.close();
  });

  it('shows the same waiting captures in every open tab, and sends each once', async () => {
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/capture`);
    const other = await context.newPage();
    await other.goto(`${e2e.server.url}/sync`);
    await other.getByRole('heading', { name: 'Sync' }).waitFor();
    await page.getByLabel('Name').waitFor();
    await context.setOffline(true);
    await page.getByLabel('Name').fill('Pedro Alves');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Offline · 1 waiting to sync').waitFor();
    // The other tab is told without a reload.
    await other.getByRole('status').getByText('Offline · 1 waiting to sync').waitFor();
    await other.getByText('Pedro Alves').waitFor();
    await context.setOffline(false);
    await expect.poll(() => e2e.server.deps.repos.people.count(), { timeout: 15_000 }).toBe(1);
    await other.getByText('Everything is on the server.').waitFor();
    expect(await e2e.server.deps.repos.people.count()).toBe(1);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to (load|fetch)/.test(error))).toEqual([]);
    await context.close();
  });

  it('on the morning of the event, with no signal, quick capture is still at the event prepared on the Events page', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, { name: 'NordConf', kind: 'convention', startsOn: daysAgo(0) });
    const bo = await createPerson(deps, { displayName: 'Bo Lind' });
    await markAttending(deps, event.id, { person: bo.id });
    // The evening before, with a connection: the event is looked at on the Events page, not on quick capture.
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone, { serviceWorkers: 'allow' });
    await page.goto(`${e2e.server.url}/events`);
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await expect.poll(() => page.evaluate('navigator.serviceWorker.controller?.scriptURL')).toMatch(/\/sw\.js$/);
    await page.getByRole('link', { name: 'NordConf' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Capture' }).click();
    await page.getByText("I'm at NordConf").waitFor();
    // Who was planned is not known here (the event's page was never opened): it says so, not "nobody".
    await page.getByRole('region', { name: 'At NordConf' }).getByText('Offline, and this was not kept').waitFor();
    expect(await page.getByText('Nobody listed as attending.').count()).toBe(0);
    await page.getByLabel('Name').fill('Pedro Alves');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Offline · 1 waiting to sync').waitFor();
    await context.setOffline(false);
    await expect
      .poll(
        async () => (await deps.repos.events.linksForEvent(event.id)).filter((link) => link.relation === 'met').length,
        { timeout: 15_000 },
      )
      .toBe(1);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to (load|fetch)/.test(error))).toEqual([]);
    await context.close();
  });
});
