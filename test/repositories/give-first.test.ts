import { expect, it } from 'vitest';
import { logInteraction } from '../../src/core/interactions/record-interaction.js';
import { listIntroductions, suggestIntroductions } from '../../src/core/introductions/list-introductions.js';
import { startIntroduction } from '../../src/core/introductions/start-introduction.js';
import { getIntroduction, updateIntroduction } from '../../src/core/introductions/update-introduction.js';
import { createItem, type ItemDeps } from '../../src/core/items/create-item.js';
import { getItem, showItem } from '../../src/core/items/get-item.js';
import { listItems } from '../../src/core/items/list-items.js';
import type { FetchPage } from '../../src/core/items/schema.js';
import { setItemArchived, updateItem } from '../../src/core/items/update-item.js';
import { getToday } from '../../src/core/keep-in-touch/get-today.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { deletePerson } from '../../src/core/people/delete-person.js';
import { setArchived } from '../../src/core/people/update-person.js';
import { listSharesForPerson } from '../../src/core/shares/list-shares.js';
import { shareItem } from '../../src/core/shares/share-item.js';
import { suggestRecipients } from '../../src/core/shares/suggest-recipients.js';
import { getTimeline } from '../../src/core/timeline/get-timeline.js';
import { createOwner, describeEachDatabase, freshDatabaseEachTest, type TestDatabase } from '../support/databases.js';

const jobPage = `<html><head><title>Senior Data Engineer | Trey Research Careers</title></head><body>
<main><h1>Senior Data Engineer</h1><ul class="meta"><li>Trey Research</li><li>Madrid, Spain (hybrid)</li></ul>
<p>You will design Kafka and Flink pipelines, own data contracts with producer teams, and run stream processing in production.</p>
<h2>You have</h2><ul><li>Five years of data engineering</li></ul></main><footer>Equal opportunity employer</footer></body></html>`;

/** A fetcher that serves fixed pages by URL, the way a site would; any other URL fails as a fetch would. */
function pages(byUrl: Record<string, string>): FetchPage {
  return async (url) => {
    const body = byUrl[url];
    if (body === undefined) throw new Error(`no page at ${url}`);
    return { url, contentType: 'text/html', body };
  };
}

describeEachDatabase('give first: items, shares and introductions', (kind) => {
  let database: TestDatabase;
  let deps: ItemDeps & { setNow(date: Date): void };

  freshDatabaseEachTest(kind, (fresh) => {
    database = fresh.database;
    deps = { ...fresh.deps, fetchPage: pages({ 'https://jobs.example/data': jobPage }) };
  });

  it('adds a job from a URL with its company, role, location and topics, and reads it back', async () => {
    const item = await createItem(deps, { url: 'https://jobs.example/data' });
    expect(item).toMatchObject({
      kind: 'job',
      source: 'url',
      url: 'https://jobs.example/data',
      company: 'Trey Research',
      role: 'Senior Data Engineer',
      location: 'Madrid, Spain (hybrid)',
    });
    expect(item.topics).toEqual(expect.arrayContaining(['data engineering', 'stream processing', 'data contracts']));
    expect(await getItem(deps, item.id)).toEqual(item);
  });

  it('adds from pasted text, edits, archives and lists newest first', async () => {
    const first = await createItem(deps, {
      text: 'Kubernetes cost tips\nRight-size your k8s nodes.',
      kind: 'resource',
    });
    const second = await createItem(deps, { html: jobPage, title: 'Data job' });
    expect(first).toMatchObject({ title: 'Kubernetes cost tips', kind: 'resource', source: 'text' });
    expect(second.title).toBe('Data job');
    expect((await listItems(deps)).items.map((i) => i.id)).toEqual([second.id, first.id]);
    const edited = await updateItem(deps, first.id, { topics: ['kubernetes', 'finops'], title: 'K8s costs' });
    expect(edited).toMatchObject({ title: 'K8s costs', topics: ['kubernetes', 'finops'], kind: 'resource' });
    await setItemArchived(deps, first.id, true);
    expect((await listItems(deps)).items.map((i) => i.id)).toEqual([second.id]);
    expect((await listItems(deps, { archived: 'only' })).items.map((i) => i.id)).toEqual([first.id]);
    const page = await listItems(deps, { limit: 1, archived: 'include' });
    expect(page.items.map((i) => i.id)).toEqual([second.id]);
    expect(
      (await listItems(deps, { limit: 1, archived: 'include', cursor: page.nextCursor })).items.map((i) => i.id),
    ).toEqual([first.id]);
  });

  it('saves nothing when the page cannot be fetched or has no readable text', async () => {
    await expect(createItem(deps, { url: 'https://jobs.example/gone' })).rejects.toThrow('no page at');
    await expect(createItem(deps, { html: '<html><body><nav>Home</nav></body></html>' })).rejects.toMatchObject({
      code: 'ITEM_UNREADABLE',
      message: expect.stringContaining('the HTML has no readable text'),
    });
    await expect(createItem(deps, { text: 'x', url: 'https://jobs.example/data' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await listItems(deps, { archived: 'include' })).items).toEqual([]);
  });

  it('records shares, shows "already sent", refuses a second send and leaves sent people out of suggestions', async () => {
    const jose = await createPerson(deps, {
      displayName: 'José Álvarez',
      topics: ['stream processing'],
      needs: ['a senior data role'],
    });
    const kenji = await createPerson(deps, { displayName: 'Kenji Watanabe', topics: ['kafka'] });
    const item = await createItem(deps, { html: jobPage });
    expect((await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id)).toEqual([jose.id, kenji.id]);

    deps.setNow(new Date('2026-06-03T09:00:00Z'));
    const share = await shareItem(deps, { itemId: item.id, personId: jose.id, note: 'Saw this and thought of you' });
    expect(share).toMatchObject({ personName: 'José Álvarez', sharedAt: '2026-06-03T09:00:00.000Z' });
    expect((await showItem(deps, item.id)).sharedWith).toEqual([
      {
        personId: jose.id,
        personName: 'José Álvarez',
        sharedAt: '2026-06-03T09:00:00.000Z',
        note: 'Saw this and thought of you',
      },
    ]);
    expect((await listSharesForPerson(deps, jose.id)).map((s) => s.itemTitle)).toEqual([item.title]);
    // the share is an interaction: on the timeline, and it resets keep-in-touch
    const [entry] = await getTimeline(deps, jose.id);
    expect(entry).toMatchObject({
      kind: 'interaction',
      label: 'share',
      summary: `Sent "${item.title}"`,
      detail: 'Saw this and thought of you',
    });
    expect((await deps.repos.interactions.list({ personId: kenji.id, limit: 10 })).length).toBe(0);
    await expect(shareItem(deps, { itemId: item.id, personId: jose.id })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: expect.stringContaining('Already sent "Senior Data Engineer" to José Álvarez on June 3, 2026'),
    });
    expect((await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id)).toEqual([kenji.id]);

    await setArchived(deps, kenji.id, true);
    expect(await suggestRecipients(deps, { itemId: item.id })).toEqual([]);
    await deletePerson(deps, jose.id);
    expect((await showItem(deps, item.id)).sharedWith).toEqual([]);
  });

  it('neither suggests nor offers on Today a data job to someone looking for a product role ("in production")', async () => {
    const henri = await createPerson(deps, {
      displayName: 'Henri West',
      title: 'Product Manager',
      needs: ['beta testers in logistics', 'a head of product role'],
    });
    const jose = await createPerson(deps, {
      displayName: 'José Álvarez',
      title: 'Data Engineer',
      needs: ['a senior data engineering role'],
    });
    const item = await createItem(deps, { html: jobPage, kind: 'job' });
    expect((await suggestRecipients(deps, { itemId: item.id })).map((s) => s.id)).toEqual([jose.id]);
    await shareItem(deps, { itemId: item.id, personId: jose.id });
    const today = await getToday(deps, { asOf: '2026-06-03' });
    expect(today.entries.filter((entry) => entry.gift).map((entry) => entry.id)).toEqual([]);
    expect(today.entries.find((entry) => entry.id === henri.id)?.gift).toBeUndefined();
  });

  it('answers a wrong id with not found and changes nothing', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada' });
    const item = await createItem(deps, { text: 'Forecasting notes for demand planners' });
    await expect(showItem(deps, 'nope')).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    await expect(shareItem(deps, { itemId: item.id, personId: 'nope' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(shareItem(deps, { itemId: 'nope', personId: ada.id })).rejects.toMatchObject({
      code: 'ITEM_NOT_FOUND',
    });
    await expect(updateItem(deps, 'nope', { title: 'x' })).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    await expect(updateIntroduction(deps, 'nope', { status: 'asked-a' })).rejects.toMatchObject({
      code: 'INTRODUCTION_NOT_FOUND',
    });
    expect((await showItem(deps, item.id)).sharedWith).toEqual([]);
  });

  it('keeps each owner’s items, shares and introductions invisible to another owner', async () => {
    const other = await createOwner(database.repos);
    const ada = await createPerson(deps, { displayName: 'Ada', needs: ['demand planners'] });
    const amara = await createPerson(deps, { displayName: 'Amara', offers: ['demand planning'] });
    const item = await createItem(deps, { text: 'Demand planning at scale' });
    await shareItem(deps, { itemId: item.id, personId: ada.id });
    const intro = await startIntroduction(deps, { personAId: ada.id, personBId: amara.id, reason: 'planning' });
    await expect(getItem(other, item.id)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    await expect(shareItem(other, { itemId: item.id, personId: ada.id })).rejects.toMatchObject({
      code: 'ITEM_NOT_FOUND',
    });
    await expect(getIntroduction(other, intro.id)).rejects.toMatchObject({ code: 'INTRODUCTION_NOT_FOUND' });
    expect((await listItems(other)).items).toEqual([]);
    expect(await listIntroductions(other)).toEqual([]);
  });

  it('tracks an introduction through the double opt-in to a follow-up date, and stops suggesting the pair', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada Okafor', needs: ['hiring demand planners'] });
    const amara = await createPerson(deps, { displayName: 'Amara Nwosu', offers: ['demand planning'] });
    const [suggestion] = await suggestIntroductions(deps);
    expect(suggestion).toMatchObject({ personA: { id: ada.id }, personB: { id: amara.id } });

    const intro = await startIntroduction(deps, {
      personAId: ada.id,
      personBId: amara.id,
      reason: suggestion?.reasons[0] ?? '',
    });
    expect(intro).toMatchObject({ status: 'suggested', suggestedOn: '2026-06-01', personAName: 'Ada Okafor' });
    expect(await suggestIntroductions(deps)).toEqual([]);
    await expect(
      startIntroduction(deps, { personAId: amara.id, personBId: ada.id, reason: 'again' }),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });

    await expect(updateIntroduction(deps, intro.id, { status: 'made' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'status: cannot go from suggested to made (next: asked-a or declined)',
    });
    deps.setNow(new Date('2026-06-05T18:00:00Z'));
    await updateIntroduction(deps, intro.id, { status: 'asked-a', on: '2026-06-02' });
    await updateIntroduction(deps, intro.id, { status: 'asked-b', on: '2026-06-03' });
    const made = await updateIntroduction(deps, intro.id, { status: 'made', on: '2026-06-05' });
    expect(made).toMatchObject({
      status: 'made',
      askedAOn: '2026-06-02',
      askedBOn: '2026-06-03',
      madeOn: '2026-06-05',
      followUpDue: '2026-06-26',
    });
    // made: an interaction with both, and a reminder three weeks later that shows in today's list
    const [interaction] = await deps.repos.interactions.list({ personId: amara.id, limit: 10 });
    expect(interaction).toMatchObject({
      kind: 'introduction',
      occurredOn: '2026-06-05',
      summary: 'Introduced Ada Okafor and Amara Nwosu',
    });
    expect(interaction?.personIds.sort()).toEqual([ada.id, amara.id].sort());
    const reminder = await deps.repos.reminders.get(made.followUpReminderId ?? '');
    expect(reminder).toMatchObject({
      dueOn: '2026-06-26',
      personId: ada.id,
      text: 'Ask Ada Okafor and Amara Nwosu how their introduction went',
    });
    const reasonsOn = async (asOf: string) =>
      (await getToday(deps, { asOf })).entries
        .flatMap((e) => e.reasons)
        .filter((r) => r.includes('how their introduction went'));
    expect(await reasonsOn('2026-06-25')).toEqual([]);
    expect(await reasonsOn('2026-06-26')).toHaveLength(1);

    deps.setNow(new Date('2026-06-27T18:00:00Z'));
    const done = await updateIntroduction(deps, intro.id, { status: 'followed-up', on: '2026-06-27' });
    expect(done).toMatchObject({ status: 'followed-up', followedUpOn: '2026-06-27' });
    expect((await deps.repos.reminders.get(reminder?.id ?? ''))?.doneAt).not.toBeNull();
    expect((await listIntroductions(deps)).map((i) => i.status)).toEqual(['followed-up']);
  });

  it('does not suggest introducing people when one introduced the other', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada', needs: ['demand planners'] });
    await createPerson(deps, { displayName: 'Amara', offers: ['demand planning'], introducedById: ada.id });
    expect(await suggestIntroductions(deps)).toEqual([]);
  });

  it('does not suggest introducing people who were in one interaction together', async () => {
    const ada = await createPerson(deps, { displayName: 'Ada', needs: ['demand planners'] });
    const amara = await createPerson(deps, { displayName: 'Amara', offers: ['demand planning'] });
    expect(await suggestIntroductions(deps)).toHaveLength(1);
    await logInteraction(deps, { personIds: [ada.id, amara.id], kind: 'meal', summary: 'Lunch at the conference' });
    expect(await suggestIntroductions(deps)).toEqual([]);
  });
});
