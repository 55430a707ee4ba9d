import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { dayWords, monthWords } from '../../src/web/components/dates.js';
import { openPage, screenshotBoth, useBrowserTests, viewports } from './harness.js';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('web UI: today', () => {
  const e2e = useBrowserTests();

  it('shows an event running now, and who you met there from the next morning, at both sizes', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, { name: 'Logistics World', startsOn: daysAgo(2), endsOn: daysAgo(-1) });
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await meetAtEvent({ ...deps, now: () => yesterday }, event.id, { newPerson: { displayName: 'Grace Mensah' } });
    await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Yuki Sato' } });
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/today`);
      const soon = page.getByRole('list', { name: 'Events soon' });
      await soon.getByRole('link', { name: 'Logistics World' }).waitFor();
      await soon.getByText('happening now').waitFor();
      const names = page.getByRole('list', { name: 'Who to reach out to' }).locator('.person-name');
      await expect.poll(() => names.allTextContents()).toEqual(['Grace Mensah']);
      await page.getByText('met at Logistics World yesterday, not followed up yet').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lists the birthdays and events of the next 14 days on their own', async () => {
    const inTen = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const inFive = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', birthday: `--${inTen.slice(5)}` });
    await createPerson(e2e.server.deps, { displayName: 'Ben Ortiz', birthday: `--${daysAgo(3).slice(5)}` });
    await createEvent(e2e.server.deps, { name: 'Logistics World', startsOn: inFive });

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/today`);
    const dates = page.getByRole('list', { name: 'Birthdays and dates' });
    await dates.getByRole('link', { name: 'Ada Okafor' }).waitFor();
    await expect(dates.getByText(`birthday · in 10 days (${dayWords(inTen, 'en-US')})`).count()).resolves.toBe(1);
    await expect(dates.getByRole('link', { name: 'Ben Ortiz' }).count()).resolves.toBe(0);
    await page.getByRole('list', { name: 'Events soon' }).getByRole('link', { name: 'Logistics World' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('logs an interaction from the daily list, which then drops that person, and shows it on their timeline', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', tier: 'inner' });
    const grace = await createPerson(e2e.server.deps, { displayName: 'Grace Mensah', tier: 'close' });
    await logInteraction(e2e.server.deps, {
      personIds: [ada.id],
      occurredAt: daysAgo(90),
      kind: 'meal',
      summary: 'Lunch',
    });
    await logInteraction(e2e.server.deps, { personIds: [grace.id], occurredAt: daysAgo(100), summary: 'Call' });
    await createReminder(e2e.server.deps, { personId: grace.id, text: 'Send the speaker deck', dueOn: daysAgo(0) });

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const names = page.getByRole('list', { name: 'Who to reach out to' }).locator('.today-head .person-name');
    await expect.poll(async () => (await names.allTextContents()).sort()).toEqual(['Ada Okafor', 'Grace Mensah']);
    await expect(page.getByText('last spoke 90 days ago; you aim for every 30 days').count()).resolves.toBe(1);
    await screenshotBoth(e2e.browser, `${e2e.server.url}/today`, 'today', async (shot) => {
      await shot.getByRole('button', { name: 'Mark done: Send the speaker deck' }).waitFor();
    });

    // Escape closes a Log form opened by mistake, and the focus goes back to its button.
    await page.getByRole('button', { name: 'Log an interaction with Ada Okafor' }).click();
    await page.getByRole('form', { name: 'Log an interaction with Ada Okafor' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('form', { name: 'Log an interaction with Ada Okafor' }).count()).toBe(0);
    await expect
      .poll(() => page.evaluate('document.activeElement?.ariaLabel'))
      .toBe('Log an interaction with Ada Okafor');

    const logCall = async () => {
      await page.getByRole('button', { name: 'Log an interaction with Ada Okafor' }).click();
      await page.getByLabel('Kind').selectOption('call');
      await page.keyboard.type('Caught up about the demand planner role');
      await page.keyboard.press('Enter');
      await expect.poll(() => names.allTextContents()).toEqual(['Grace Mensah']);
    };
    await logCall();
    // Undo deletes the interaction: Ada is due again, and nothing is left on her timeline.
    await page.getByRole('status').getByText('Logged call with Ada Okafor.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names.count()).toBe(2);
    await logCall();

    // Choosing a duration does nothing by itself; the button snoozes, and Undo takes it back.
    await page.getByLabel('Snooze Grace Mensah for').selectOption('2w');
    expect(await names.allTextContents()).toEqual(['Grace Mensah']);
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect.poll(() => names.count()).toBe(0);
    await page.getByText('Nobody is due today').waitFor();
    await page.getByRole('status').getByText('Grace Mensah snoozed for two weeks.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names.allTextContents()).toEqual(['Grace Mensah']);
    await page.getByLabel('Snooze Grace Mensah for').selectOption('2w');
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await page.getByText('Nobody is due today').waitFor();

    await page.getByRole('button', { name: 'Mark done: Send the speaker deck' }).click();
    await page.getByText('No reminders due.').waitFor();

    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    // The person page says how often and when next: inner is every 30 days, from today's call.
    await page.getByText(`Every 30 days (inner cadence) · next due ${dayWords(daysAgo(-30), 'en-US')}`).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Caught up about the demand planner role').waitFor();
    expect(await timeline.getByText(/· call/).count()).toBe(1);
    // Grace's 60 days ran out 40 days ago: overdue since then, not "next due" in the past.
    await page.goto(`${e2e.server.url}/people/${grace.id}`);
    await page.getByText(`Every 60 days (close cadence) · overdue since ${dayWords(daysAgo(40), 'en-US')}`).waitFor();
    // No day you met: the record's entry is the day she was added, and says so.
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText(/· added/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves someone down a tier from the drift question, saying so, and Undo puts back their tier, cadence and the question', async () => {
    const deps = e2e.server.deps;
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', tier: 'close', cadenceDays: 20 });
    await logInteraction(deps, { personIds: [ada.id], occurredAt: daysAgo(200), summary: 'Lunch' });
    // Shown on two earlier days with no contact since: today asks whether to let her drift.
    await deps.repos.keepInTouch.recordSuggestions([ada.id], daysAgo(2));
    await deps.repos.keepInTouch.recordSuggestions([ada.id], daysAgo(1));
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/today`);
    await page.getByRole('button', { name: 'Move to regular' }).click();
    await page.getByRole('status').getByText('Ada Okafor moved to regular.').waitFor();
    await expect.poll(async () => (await deps.repos.people.get(ada.id))?.tier).toBe('regular');
    expect((await deps.repos.people.get(ada.id))?.cadenceDays).toBeNull();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => {
        const person = await deps.repos.people.get(ada.id);
        return [person?.tier, person?.cadenceDays];
      })
      .toEqual(['close', 20]);
    // The question is back on her card, to be answered again.
    await page.getByRole('button', { name: 'Move to regular' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('logs an interaction on another day, edits it and deletes it from the timeline, and Undo brings it back whole', async () => {
    const deps = e2e.server.deps;
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', tier: 'inner' });
    const event = await createEvent(deps, { name: 'Logistics World', startsOn: daysAgo(9), endsOn: daysAgo(8) });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    const form = page.getByRole('form', { name: 'Log an interaction with Ada Okafor' });
    await form.getByLabel('When').fill(daysAgo(3));
    await form.getByLabel('Note').fill('Call about the planner role');
    await form.getByRole('button', { name: 'Log' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Call about the planner role').waitFor();
    const [logged] = await deps.repos.interactions.list({ personId: ada.id, limit: 10 });
    expect(logged?.occurredOn).toBe(daysAgo(3));
    // The form is back to today for the next one.
    expect(await form.getByLabel('When').inputValue()).toBe(daysAgo(0));

    await timeline.getByRole('button', { name: 'Edit “Call about the planner role”' }).click();
    const edit = page.getByRole('form', { name: 'Edit “Call about the planner role”' });
    await edit.getByLabel('Kind').selectOption('call');
    await edit.getByLabel('When').fill(daysAgo(4));
    await edit.getByLabel('Details').fill('Wants **two** planners.');
    await edit.getByRole('button', { name: 'Save' }).click();
    await timeline.locator('strong', { hasText: 'two' }).waitFor();
    await expect
      .poll(async () => {
        const [stored] = await deps.repos.interactions.list({ personId: ada.id, limit: 10 });
        return [stored?.kind, stored?.occurredOn, stored?.notes];
      })
      .toEqual(['call', daysAgo(4), 'Wants **two** planners.']);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Edit');

    // One linked to an event comes back linked after Undo.
    const [edited] = await deps.repos.interactions.list({ personId: ada.id, limit: 10 });
    await deps.repos.interactions.save({ ...(edited as NonNullable<typeof edited>), eventId: event.id });
    await page.reload();
    await timeline.getByRole('button', { name: 'Delete “Call about the planner role”' }).click();
    await page.getByRole('status').getByText('Deleted “Call about the planner role”.').waitFor();
    await expect.poll(async () => deps.repos.interactions.list({ personId: ada.id, limit: 10 })).toEqual([]);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await timeline.getByText('Call about the planner role').waitFor();
    const [back] = await deps.repos.interactions.list({ personId: ada.id, limit: 10 });
    expect(back).toMatchObject({ kind: 'call', occurredOn: daysAgo(4), eventId: event.id });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an interaction without a note, saying so, and logs nothing', async () => {
    const ada = await createPerson(e2e.server.deps, { displayName: 'Ada Okafor', tier: 'inner' });
    await logInteraction(e2e.server.deps, { personIds: [ada.id], occurredAt: daysAgo(90), summary: 'Lunch' });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/people/${ada.id}`);
    await page
      .getByRole('form', { name: 'Log an interaction with Ada Okafor' })
      .getByRole('button', { name: 'Log' })
      .click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain("The note can't be empty");
    expect(await e2e.server.deps.repos.interactions.list({ personId: ada.id, limit: 10 })).toHaveLength(1);
    await context.close();
  });

  it('shows network health: people per tier, share overdue over time, interactions per month and sources', async () => {
    // Added 200 days ago, so the overdue chart has a history to draw.
    const then = { ...e2e.server.deps, now: () => new Date(Date.now() - 200 * 24 * 60 * 60 * 1000) };
    const ada = await createPerson(then, { displayName: 'Ada Okafor', tier: 'inner' });
    const grace = await createPerson(then, { displayName: 'Grace Mensah', tier: 'close' });
    await createPerson(then, { displayName: 'Tomasz Wiśniewski', tier: 'close' });
    await logInteraction(e2e.server.deps, { personIds: [ada.id], occurredAt: daysAgo(100), summary: 'Lunch' });
    await logInteraction(e2e.server.deps, { personIds: [grace.id], occurredAt: daysAgo(45), summary: 'Call' });
    await logInteraction(e2e.server.deps, { personIds: [ada.id], occurredAt: daysAgo(0), summary: 'Coffee' });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/health`);
    const tiers = page.getByRole('list', { name: 'People per tier' });
    await expect.poll(() => tiers.locator('.bar-value').allTextContents()).toEqual(['1', '2', '0', '0']);
    const months = page.getByRole('list', { name: 'Interactions per month' });
    await expect.poll(() => months.locator('.bar-value').last().textContent()).toBe('1');
    // Months in words, the last this one: "Dec 2026".
    await expect(months.locator('li').last().textContent()).resolves.toContain(
      monthWords(daysAgo(0).slice(0, 7), 'en-US'),
    );

    // Today only Tomasz is overdue (close, 60 days, never contacted); a year ago nobody had been added.
    const chart = page.getByRole('img', { name: /^Share of people overdue\./ });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/today \([^)]+\): 33% \(1 of 3\)\.$/);
    expect(label).toMatch(/^Share of people overdue\. end of [A-Z][a-z]+ \d{4}: – \(0 of 0\);/);
    expect(label.split(';')).toHaveLength(12);
    await page.getByText('Figures').click();
    const rows = page.locator('table.figures tbody tr');
    await expect.poll(() => rows.count()).toBe(12);
    await expect(rows.last().textContent()).resolves.toContain('1 of 333%');
    // Some month end in the history counted all three, with someone overdue.
    const counted = await rows.locator('td:nth-child(2)').allTextContents();
    expect(counted.filter((text) => /^[1-3] of 3$/.test(text)).length).toBeGreaterThan(1);

    await screenshotBoth(e2e.browser, page.url(), 'health', async (shot) => {
      await shot.getByRole('img', { name: /^Share of people overdue/ }).waitFor();
      await shot.getByRole('list', { name: 'People per tier' }).waitFor();
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes cadences and the daily list size in settings', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByLabel('inner', { exact: true }).fill('14');
    await page.getByLabel('People on the daily list').fill('5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    expect(await e2e.server.deps.repos.settings.get()).toMatchObject({ cadences: { inner: 14 }, dailyListSize: 5 });
    await page.getByLabel('People on the daily list').fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('at least 1');
    await context.close();
  });

  it('takes a phone to each section of the long settings page in one tap', async () => {
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/settings`);
    const contents = page.getByRole('navigation', { name: 'Settings sections' });
    // Every link names a heading on the page (the server's section only for an admin).
    for (const link of await contents.getByRole('link').all()) {
      const id = (await link.getAttribute('href'))?.slice(1) ?? '';
      expect(await page.locator(`h2#${id}`).textContent()).toContain((await link.textContent())?.split(' ')[0]);
    }
    await contents.getByRole('link', { name: 'API tokens' }).click();
    // The section's heading comes to the top of the screen, below the top bar's height.
    const heading = page.getByRole('heading', { name: 'API tokens' });
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeLessThan(200);
    expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    expect(page.url()).toContain('/settings#tokens-title');
    await context.close();
  });

  it('sets the phone region numbers without + are read in', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/settings`);
    const region = page.getByLabel(/Phone numbers written without \+/);
    await expect(region.inputValue()).resolves.toBe('US');
    await region.fill('gb');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    expect(await e2e.server.deps.repos.settings.get()).toMatchObject({ phoneRegion: 'GB' });
    await region.fill('UK');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('two-letter country code');
    expect(await e2e.server.deps.repos.settings.get()).toMatchObject({ phoneRegion: 'GB' });
    await context.close();
  });
});
