import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { listFollowUps } from '../../src/core/events/follow-ups.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { listInteractions } from '../../src/core/interactions/list-interactions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { dayWords } from '../../src/web/components/dates.js';
import { openPage, screenshotBoth, screenshotDir, useBrowserTests, viewports } from './harness.js';

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('web UI: events and organizations', () => {
  const e2e = useBrowserTests();

  it('adds an event, captures someone met there from a phone, and lists the follow-up', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events`);
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByLabel('Name').fill('Logistics World');
    await page.getByLabel('Kind').selectOption('convention');
    await page.getByLabel('Starts').fill(dayFromNow(0));
    await page.getByLabel('Where').fill('Lisbon');
    await page.getByRole('button', { name: 'Save event' }).click();
    await page.getByRole('link', { name: 'Logistics World' }).click();
    await page.getByRole('heading', { name: 'Logistics World', level: 1 }).waitFor();
    await context.close();

    const phone = await openPage(e2e.browser, viewports.phone);
    await phone.page.goto(`${e2e.server.url}/capture`);
    await phone.page.getByLabel('At an event').selectOption({ label: 'Logistics World' });
    await phone.page.getByLabel('Name').fill('Grace Mensah');
    await phone.page.getByLabel('What they work on').fill('Wants speakers on warehouse automation');
    await phone.page.getByRole('button', { name: 'Save' }).click();
    await phone.page.getByRole('region', { name: 'Just added' }).getByRole('link', { name: 'Grace Mensah' }).waitFor();
    await phone.context.close();

    const [event] = await e2e.server.deps.repos.events.list({ limit: 10 });
    const desk = await openPage(e2e.browser);
    await desk.page.goto(`${e2e.server.url}/events/${event?.id}`);
    const people = desk.page.getByRole('list', { name: 'People at this event' });
    await people.getByRole('link', { name: 'Grace Mensah' }).waitFor();
    await desk.page.getByRole('tab', { name: 'Follow-ups' }).click();
    await desk.page.getByRole('button', { name: 'Done following up with Grace Mensah' }).waitFor();
    await screenshotBoth(e2e.browser, desk.page.url(), 'event', async (shot) => {
      await shot.getByRole('link', { name: 'Grace Mensah' }).waitFor();
    });
    await desk.page.getByRole('tab', { name: 'Prep' }).click();
    await desk.page.getByRole('heading', { name: 'Will be there' }).waitFor();
    await desk.page.goto(`${e2e.server.url}/today`);
    await desk.page.getByRole('link', { name: 'Logistics World' }).waitFor();
    expect([...errors, ...desk.errors]).toEqual([]);
    await desk.context.close();
  });

  it('at an event, quick capture on a 360 px phone opens at Name and takes a company, a note and topics', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'NordConf', kind: 'convention', startsOn: dayFromNow(0) });
    const { context, page, errors } = await openPage(e2e.browser, { width: 360, height: 740 });
    await page.goto(`${e2e.server.url}/capture`);
    await page.getByLabel('At an event').selectOption({ label: 'NordConf' });
    await page.getByText("I'm at NordConf").waitFor();
    // Straight to typing: the name box has the focus (after choosing the event, the select has it).
    await page.reload();
    await page.getByText("I'm at NordConf").waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("name")')).toBe('displayName');
    await page.keyboard.type('Ingrid Holm');
    await page.getByLabel('Company').fill('Klarna');
    await page.getByLabel('What they work on').fill('Payments platform');
    await page.getByLabel('Topics').fill('payments, rust');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Just added' }).getByRole('link', { name: 'Ingrid Holm' }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(360);
    const [ingrid] = (await e2e.server.deps.repos.people.list({ archived: 'include', limit: 10 })).items;
    expect(ingrid).toMatchObject({
      displayName: 'Ingrid Holm',
      company: 'Klarna',
      notes: 'Payments platform',
      topics: ['payments', 'rust'],
      howMet: 'Met at NordConf',
    });
    const links = await e2e.server.deps.repos.events.linksForEvent(event.id);
    expect(links.map((link) => link.personId)).toEqual([ingrid?.id]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a meal logged with two people during the event belongs to it, and leaves their follow-ups for after', async () => {
    const { deps } = e2e.server;
    const event = await createEvent(deps, {
      name: 'NordConf',
      kind: 'convention',
      startsOn: dayFromNow(0),
      endsOn: dayFromNow(1),
    });
    const pedro = (await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Pedro Alves' } })).person;
    const yuki = (await meetAtEvent(deps, event.id, { newPerson: { displayName: 'Yuki Tanaka' } })).person;
    const { context, page, errors } = await openPage(e2e.browser, { width: 360, height: 740 });
    await page.goto(`${e2e.server.url}/people/${pedro.id}`);
    const form = page.getByRole('form', { name: 'Log an interaction with Pedro Alves' });
    // A message is not at the event; a meal there is.
    await form.getByLabel('At NordConf').waitFor();
    expect(await form.getByLabel('At NordConf').isChecked()).toBe(false);
    await form.getByLabel('Kind').selectOption('meal');
    expect(await form.getByLabel('At NordConf').isChecked()).toBe(true);
    await form.getByRole('button', { name: '+ Someone else was there' }).click();
    await form.getByRole('combobox', { name: 'Also with' }).fill('Yuki');
    await page.getByRole('option', { name: /Yuki Tanaka/ }).click();
    await form.getByLabel('Note').fill('Dinner by the harbour');
    await form.getByRole('button', { name: 'Log', exact: true }).click();
    await page.getByText('Logged meal with Pedro Alves and Yuki Tanaka.').waitFor();
    const meals = (await listInteractions(deps, { personId: pedro.id })).filter((item) => item.kind === 'meal');
    expect(meals).toEqual([
      expect.objectContaining({ eventId: event.id, personIds: [pedro.id, yuki.id], summary: 'Dinner by the harbour' }),
    ]);
    // Still to follow up after the event: the meal was part of it.
    const open = await listFollowUps(deps, { eventId: event.id });
    expect(open.map((followUp) => followUp.personName).sort()).toEqual(['Pedro Alves', 'Yuki Tanaka']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when an event does not exist, and refuses an event without a date', async () => {
    await createEvent(e2e.server.deps, { name: 'Meetup', startsOn: dayFromNow(-3) });
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/01NOTANEVENT0000000000000`);
    await page.getByRole('heading', { name: 'Event not found' }).waitFor();
    await page.goto(`${e2e.server.url}/events`);
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByLabel('Name').fill('No date');
    await page.getByRole('button', { name: 'Save event' }).click();
    // One message for the one fault (it went on "Starts is not a real calendar date").
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Starts must be a date like 2024-03-15');
    await page.getByLabel('Starts').fill(dayFromNow(5));
    await page.getByLabel('Ends').fill(dayFromNow(3));
    await page.getByRole('button', { name: 'Save event' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(`Ends must not be before the start (${dayFromNow(5)})`);
    expect(await e2e.server.deps.repos.events.list({ limit: 10 })).toHaveLength(1);
    // A past event added as attended is listed so.
    await page.getByLabel('Starts').fill(dayFromNow(-10));
    await page.getByLabel('Ends').fill('');
    await page.getByLabel('Status').selectOption('attended');
    await page.getByRole('button', { name: 'Save event' }).click();
    await expect
      .poll(async () => (await e2e.server.deps.repos.events.list({ limit: 10 })).map((event) => event.status).sort())
      .toEqual(['attended', 'planned']);
    await context.close();
  });

  it('adds an organization and opens it', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/organizations`);
    await page.getByRole('button', { name: 'Add organization' }).click();
    await page.getByLabel('Name').fill('Logistics Association');
    await page.getByRole('button', { name: 'Save organization' }).click();
    // A new organization opens, where its membership, people and events are added.
    await page.getByRole('heading', { name: 'Logistics Association', level: 1 }).waitFor();
    await page.getByRole('link', { name: '← Organizations' }).click();
    await page.getByRole('link', { name: 'Logistics Association' }).click();
    await page.getByRole('heading', { name: 'Logistics Association', level: 1 }).waitFor();
    await screenshotBoth(e2e.browser, page.url(), 'organization', async (shot) => {
      await shot.getByRole('heading', { name: 'People you know there' }).waitFor();
    });
    await context.close();
  });

  it('names who you met with the people picker: a namesake is a choice with their company, never a silent match', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'Logistics World', startsOn: dayFromNow(0) });
    const jessie = await createPerson(e2e.server.deps, {
      displayName: 'Jessie Wilderman',
      title: 'Head of Planning',
      company: 'Northwind',
    });
    for (const viewport of [viewports.desktop, viewports.phone]) {
      const { context, page, errors } = await openPage(e2e.browser, viewport);
      await page.goto(`${e2e.server.url}/events/${event.id}`);
      const who = page.getByRole('combobox', { name: 'Who' });
      const atEvent = page.getByRole('list', { name: 'People at this event' });
      if (viewport === viewports.desktop) {
        // "Jessie W" is someone new: the existing Jessie is offered, with her title and company, not taken.
        await who.fill('Jessie W');
        await page.getByRole('option', { name: /Jessie Wilderman · Head of Planning · Northwind/ }).waitFor();
        await page.getByRole('option', { name: 'Add new person “Jessie W”' }).click();
        await page.getByLabel('One line about them').fill('Runs the cold-chain team');
        await page.getByRole('button', { name: 'Add', exact: true }).click();
        await page.getByRole('status').getByText('Jessie W added and recorded as met here.').waitFor();
        // Ready for the next person met: the focus is back in Who.
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("role")')).toBe('combobox');
        await atEvent.getByRole('link', { name: 'Jessie W', exact: true }).waitFor();
      } else {
        // From the keyboard on a phone: arrow to the existing Jessie and press Enter.
        await who.fill('wilder');
        await page.getByRole('option', { name: /Jessie Wilderman/ }).waitFor();
        await page.keyboard.press('Enter');
        await page.getByText('Jessie Wilderman', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Add', exact: true }).click();
        await atEvent.getByRole('link', { name: 'Jessie Wilderman' }).waitFor();
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    const view = await e2e.server.deps.repos.events.linksForEvent(event.id);
    expect(view.map((link) => link.personId)).toContain(jessie.id);
    expect(await e2e.server.deps.repos.people.count()).toBe(2);
  });

  it('offers to record who you met at an event only once it has started', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'DataConf Berlin', startsOn: dayFromNow(4) });
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    // Adding someone met there was refused by the server ("nobody can have been met there yet").
    await page.getByText(`recorded from ${dayWords(event.startsOn, 'en-US')}, when it starts`).waitFor();
    expect(await page.getByRole('form', { name: 'Record someone you met here' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByText('It has not started: who you meet here is listed for a follow-up.').waitFor();
    expect(await page.getByText('All followed up.').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before quick capture adds a second person of the same name: "it\'s them" links the one you have', async () => {
    const event = await createEvent(e2e.server.deps, { name: 'Logistics World', startsOn: dayFromNow(0) });
    await createPerson(e2e.server.deps, { displayName: 'Grace Mensah', company: 'Acme Freight' });
    const { context, page } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/capture`);
    await page.getByLabel('At an event').selectOption({ label: 'Logistics World' });
    await page.getByLabel('Name').fill('grace mensah');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Already in your network?' }).waitFor();
    // Focus moves to the question, so a screen reader hears it.
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('duplicate-title');
    expect(await e2e.server.deps.repos.people.count()).toBe(1);
    await page.getByRole('button', { name: "It's them" }).click();
    await page.getByText('already in your network').waitFor();
    // "Just added" shows a capture as soon as it is in the outbox; the server has it a moment later.
    await expect.poll(async () => (await e2e.server.deps.repos.events.linksForEvent(event.id)).length).toBe(1);
    expect(await e2e.server.deps.repos.people.count()).toBe(1);

    // Escape takes the question back without saving, to the name, which keeps what was typed.
    await page.getByLabel('Name').fill('Grace Mensah');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Already in your network?' }).waitFor();
    // Escape answers where the focus is, on the question (it moves there just after it draws).
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('duplicate-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'Already in your network?' }).count()).toBe(0);
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("name")')).toBe('displayName');
    expect(await page.getByLabel('Name').inputValue()).toBe('Grace Mensah');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Someone else' }).click();
    await expect.poll(() => e2e.server.deps.repos.people.count()).toBe(2);
    await context.close();
  });
});

describe('web UI: conference mode', () => {
  const e2e = useBrowserTests();

  it('imports an attendee list (known people matched, strangers not added) and opens the next morning with a draft', async () => {
    const { deps } = e2e.server;
    await updateSettings(deps, { myTopics: ['supply chain', 'port logistics'] });
    await createPerson(deps, { displayName: 'Robert Mensah', company: 'Acme Freight' });
    await createPerson(deps, {
      displayName: 'Adaeze Okafor',
      emails: [{ value: 'ada@okafor.dev' }],
      needs: ['port logistics data'],
    });
    // An event that ended yesterday: today is its next morning.
    const event = await createEvent(deps, {
      name: 'DevConf',
      kind: 'conference',
      startsOn: dayFromNow(-1),
      status: 'attended',
    });

    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/events/${event.id}`);
    await page.getByRole('tab', { name: 'Attendees' }).click();
    await page
      .getByLabel('CSV file')
      .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'conference', 'attendees.csv'));
    await page.getByRole('button', { name: 'Import list' }).click();
    await page.getByText('You know 2 people here').waitFor();
    const toFind = page.getByRole('list', { name: 'Who to find' });
    await toFind.getByText('they are looking for port logistics data: you follow port logistics').waitFor();
    await page.getByRole('list', { name: 'Not yet known, with your topics' }).getByText('Priya Raman').waitFor();
    expect(await deps.repos.people.count()).toBe(2);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'event-attendees-phone.png'), fullPage: true });

    await page
      .getByRole('list', { name: 'Not yet known, with your topics' })
      .getByRole('button', { name: 'Met Priya Raman' })
      .click();
    await page.getByRole('status').getByText('Priya Raman added and recorded as met here.').waitFor();
    expect(await deps.repos.people.count()).toBe(3);

    await page.goto(`${e2e.server.url}/today`);
    await page.getByRole('heading', { name: 'The morning after DevConf' }).waitFor();
    const draft = page.getByLabel('Follow-up draft for Priya Raman');
    await expect(draft.inputValue()).resolves.toContain('It was good to meet you at DevConf yesterday');
    await page.screenshot({ path: join(screenshotDir, 'today-next-morning-phone.png') });
    // Listed once: the daily list below leaves out whom the morning opens with.
    expect(await page.getByRole('list', { name: 'Who to reach out to' }).getByText('Priya Raman').count()).toBe(0);
    await page.getByRole('button', { name: 'Log as sent' }).click();
    await page.getByRole('heading', { name: 'The morning after DevConf' }).waitFor({ state: 'detached' });

    // After a talk: who would want the slides, sent as a share.
    const talk = await createEvent(deps, {
      name: 'Harbor Guild meeting',
      kind: 'organization_meeting',
      startsOn: dayFromNow(-1),
      role: 'speaker',
      talkTitle: 'Port logistics after the canal closure',
      talkDescription: 'Container routing and port congestion.',
    });
    await page.goto(`${e2e.server.url}/events/${talk.id}`);
    await page.getByRole('tab', { name: 'Talk' }).click();
    await page.getByRole('button', { name: 'Send the slides to Adaeze Okafor' }).click();
    await page
      .getByRole('status')
      .getByText('Sent “Slides: Port logistics after the canal closure” to Adaeze Okafor.')
      .waitFor();
    await page.screenshot({ path: join(screenshotDir, 'event-talk-phone.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
