import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import type { DigestSenders, DigestSettingsView } from '../../src/core/digest/schema.js';
import { sendDigestNow, sendDueDigest } from '../../src/core/digest/send-digest.js';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Person } from '../../src/core/people/schema.js';
import { createReminder } from '../../src/core/reminders/create-reminder.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { newId } from '../../src/core/shared/ids.js';
import { LOCAL_USER_EMAIL, type User } from '../../src/core/users/schema.js';
import { createWebhookPoster, signWebhook } from '../../src/fetch/post-webhook.js';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.js';
import { buildApp } from '../../src/server/app.js';
import { sessionHeaders } from '../support/api.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { type MailServer, startMailServer } from '../support/mail-server.js';

const BASE = 'https://kith.example.test';

describeEachDatabase('the daily digest', (kind) => {
  let database: TestDatabase;
  let mail: MailServer;
  let app: FastifyInstance;
  let alice: User;
  // Monday 1 June 2026, 08:10 in Berlin.
  let now = new Date('2026-06-01T06:10:00Z');
  const clock = () => now;
  let senders: DigestSenders;

  beforeEach(async () => {
    now = new Date('2026-06-01T06:10:00Z');
    database = await openTestDatabase(kind);
    mail = await startMailServer();
    senders = {
      sendMail: createSmtpMailer({ smtpUrl: mail.url, from: 'kith <kith@example.test>' }),
      postWebhook: createWebhookPoster({ allowPrivateAddresses: true }),
    };
    alice = await addUser({ repos: database.repos, now: clock }, { email: 'alice@example.test' });
    const deps = { repos: database.repos.forOwner(alice.id), now: clock };
    await updateSettings(deps, { timeZone: 'Europe/Berlin' });
    const ada = await createPerson(deps, { displayName: 'Ada <Lovelace>', tier: 'inner' });
    await createReminder(deps, { personId: ada.id, text: 'send the paper', dueOn: '2026-06-01' });
    app = await buildApp({ repos: database.repos, now: clock, digestSenders: senders, publicUrl: BASE });
  });
  afterEach(async () => {
    await app.close();
    await mail.close();
    await database.close();
  });

  const step = (user: User, by: string, with_ = senders) =>
    sendDueDigest({ repos: database.repos.forOwner(user.id), now: clock, senders: with_, baseUrl: BASE }, by);

  async function patch(user: User, body: Record<string, unknown>): Promise<DigestSettingsView> {
    const headers = await sessionHeaders(database.repos, user.id, clock);
    const response = await app.inject({ method: 'PATCH', url: '/api/v1/digest', headers, payload: body });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function view(user: User): Promise<DigestSettingsView> {
    const headers = await sessionHeaders(database.repos, user.id, clock);
    return (await app.inject({ url: '/api/v1/digest', headers })).json();
  }

  it('mails the day’s digest once, at the chosen hour in the user’s zone, with both parts, links and one-click unsubscribe', async () => {
    await patch(alice, { email: true, hour: 9, weekdays: [1, 2, 3, 4, 5] });
    expect(await step(alice, 'a')).toBeNull(); // 08:10 in Berlin: not yet
    now = new Date('2026-06-01T07:05:00Z');
    expect((await step(alice, 'a'))?.results).toEqual([{ channel: 'email', ok: true, error: null }]);
    expect(await step(alice, 'b')).toBeNull(); // sent: nobody sends it again that day

    const [message] = await mail.waitFor(1);
    expect(mail.received).toHaveLength(1);
    expect(message?.subject).toBe('kith: 1 person to reach out to today');
    expect(message?.to).toMatchObject({ text: 'alice@example.test' });
    const text = message?.text ?? '';
    expect(text).toContain('Ada <Lovelace>');
    expect(text).toContain('you asked to be reminded: send the paper');
    expect(text).toMatch(new RegExp(`${BASE}/people/[0-9a-z]+`));
    const html = String(message?.html);
    expect(html).toContain('Ada &#60;Lovelace&#62;');
    expect(html).toMatch(new RegExp(`<a href="${BASE}/people/[0-9a-z]+">`));
    const list = message?.headers.get('list') as { unsubscribe?: { url?: string } } | undefined;
    const unsubscribe = list?.unsubscribe?.url ?? '';
    expect(unsubscribe).toMatch(new RegExp(`^${BASE}/digest/unsubscribe/${alice.id}\\.[A-Za-z0-9_-]{22}$`));
    expect(message?.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect((await view(alice)).lastEmail).toMatchObject({ day: '2026-06-01', status: 'sent', attempts: 1 });

    // One click, as a mail program does it (RFC 8058): no cookie, a form-encoded POST.
    const path = new URL(unsubscribe).pathname;
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.body).toContain('<form method="post">');
    expect((await view(alice)).email).toBe(true); // a GET (a link checker) changes nothing
    const forged = await app.inject({
      method: 'POST',
      url: `${path.slice(0, -3)}xyz`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(404);
    const clicked = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.statusCode).toBe(200);
    expect((await view(alice)).email).toBe(false);

    // Tuesday: off now, so nothing is sent.
    now = new Date('2026-06-02T08:00:00Z');
    expect(await step(alice, 'a')).toBeNull();
    expect(mail.received).toHaveLength(1);
  });

  it('skips days not chosen, records an SMTP failure for Settings, retries after a wait, then sends once', async () => {
    await patch(alice, { email: true, hour: 8, weekdays: [2] });
    expect(await step(alice, 'a')).toBeNull(); // Monday is not chosen
    now = new Date('2026-06-02T06:10:00Z');
    const down: DigestSenders = {
      ...senders,
      sendMail: createSmtpMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'kith <k@example.test>' }),
    };
    const failed = await step(alice, 'a', down);
    expect(failed?.results[0]).toMatchObject({ channel: 'email', ok: false });
    const seen = await view(alice);
    expect(seen.lastEmail).toMatchObject({ day: '2026-06-02', status: 'failed', attempts: 1, sentAt: null });
    expect(seen.lastEmail?.lastError).toMatch(/ECONNREFUSED|connect/);
    // Too soon to try again, whoever asks.
    expect(await step(alice, 'b')).toBeNull();
    now = new Date('2026-06-02T06:12:00Z');
    expect((await step(alice, 'b'))?.results).toEqual([{ channel: 'email', ok: true, error: null }]);
    expect(await step(alice, 'a')).toBeNull();
    await mail.waitFor(1);
    expect(mail.received).toHaveLength(1);
    expect((await view(alice)).lastEmail).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('keeps a manual send apart from the day’s scheduled delivery: its failure neither shows as the last email nor sends the day’s digest again', async () => {
    await patch(alice, { email: true, hour: 9, weekdays: [1, 2, 3, 4, 5] });
    const now_ = (with_: DigestSenders) =>
      sendDigestNow({ repos: database.repos.forOwner(alice.id), now: clock, senders: with_, baseUrl: BASE });
    // Before the hour: "Send now" mails it, and the scheduled one still goes at 9.
    expect((await now_(senders)).results).toEqual([{ channel: 'email', ok: true, error: null }]);
    expect((await view(alice)).lastEmail).toBeNull();
    now = new Date('2026-06-01T07:05:00Z');
    expect((await step(alice, 'a'))?.results).toEqual([{ channel: 'email', ok: true, error: null }]);
    await mail.waitFor(2);

    // A manual send with a wrong password fails, and says so to whoever asked, only.
    const refusing = await startMailServer(0, { password: 'goodpass' });
    try {
      const down: DigestSenders = {
        ...senders,
        sendMail: createSmtpMailer({
          smtpUrl: `smtp://user:badpass@127.0.0.1:${refusing.port}`,
          from: 'k@example.test',
        }),
      };
      const failed = await now_(down);
      expect(failed.results[0]).toMatchObject({ channel: 'email', ok: false });
    } finally {
      await refusing.close();
    }
    expect((await view(alice)).lastEmail).toMatchObject({
      day: '2026-06-01',
      status: 'sent',
      attempts: 1,
      lastError: null,
    });
    now = new Date('2026-06-01T07:20:00Z'); // past any retry time
    expect(await step(alice, 'a')).toBeNull();
    expect(await step(alice, 'b')).toBeNull();
    expect(mail.received).toHaveLength(2);
  });

  it('posts the digest to a webhook as JSON signed with the secret shown in Settings; private addresses are refused by default', async () => {
    const bodies: { body: string; signature: string; timestamp: string }[] = [];
    const hook: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        bodies.push({
          body,
          signature: String(request.headers['x-kith-signature']),
          timestamp: String(request.headers['x-kith-timestamp']),
        });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      const settings = await patch(alice, { webhookUrl: url, hour: 7, weekdays: [1] });
      expect(settings.webhookSecret).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect((await step(alice, 'a'))?.results).toEqual([{ channel: 'webhook', ok: true, error: null }]);
      const [posted] = bodies;
      expect(posted?.signature).toBe(
        signWebhook(settings.webhookSecret ?? '', posted?.timestamp ?? '', posted?.body ?? ''),
      );
      const payload = JSON.parse(posted?.body ?? '{}');
      expect(payload).toMatchObject({
        type: 'kith.digest',
        date: '2026-06-01',
        title: 'kith: 1 person to reach out to today',
      });
      expect(payload.sections[0].items[0].url).toMatch(new RegExp(`^${BASE}/people/`));
      expect(mail.received).toHaveLength(0);

      // The server's own poster refuses loopback unless KITH_FETCH_ALLOW_PRIVATE is set.
      const strict: DigestSenders = { ...senders, postWebhook: createWebhookPoster() };
      now = new Date('2026-06-08T06:00:00Z');
      const refused = await step(alice, 'a', strict);
      expect(refused?.results[0]?.error).toMatch(/private or loopback/);
      expect((await view(alice)).lastWebhook).toMatchObject({ day: '2026-06-08', status: 'failed' });
      expect(bodies).toHaveLength(1);
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });

  it('previews a day’s digest over the API and refuses bad settings with the field named', async () => {
    const headers = await sessionHeaders(database.repos, alice.id, clock);
    const deps = { repos: database.repos.forOwner(alice.id), now: clock };
    await createReminder(deps, { text: 'renew the passport', dueOn: '2026-06-01' });
    const [ada] = (await deps.repos.people.list({ limit: 1, archived: 'exclude' })).items;
    await deps.repos.people.save({ ...(ada as Person), birthday: '--06-04' });
    await createPerson(deps, { displayName: 'Bo Lind', tier: 'acquaintance', birthday: '1990-06-03' });
    // Met at an event a week ago, not followed up: on the list for it, so not again under "Follow-ups waiting".
    const summit = await createEvent(deps, { name: 'Summit', startsOn: '2026-05-25', status: 'attended' });
    await meetAtEvent(deps, summit.id, {
      newPerson: { displayName: 'Cy Young', tier: 'acquaintance' },
      metAt: '2026-05-25T10:00:00Z',
    });
    const preview = await app.inject({ url: '/api/v1/digest/preview?asOf=2026-06-01', headers });
    // Ada's reminder and birthday and Cy's follow-up are among their reasons above, so they are not said again below.
    expect(preview.json()).toMatchObject({
      date: '2026-06-01',
      sections: [
        {
          title: 'Reach out today',
          items: [
            {
              text: 'Ada <Lovelace>',
              details: ['you asked to be reminded: send the paper', 'birthday on Thursday'],
            },
            { text: 'Cy Young', details: ['met at Summit 7 days ago, not followed up yet'] },
          ],
        },
        { title: 'Reminders due', items: [{ text: 'renew the passport', details: ['due today'] }] },
        // Bo, an acquaintance, is not on the list: his birthday is; Ada's is said above.
        { title: 'Coming up', items: [{ text: 'Bo Lind: birthday', details: ['on Wednesday'] }] },
      ],
    });
    const bad = await app.inject({ method: 'PATCH', url: '/api/v1/digest', headers, payload: { hour: 24 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/hour/);
    const badUrl = await app.inject({
      method: 'PATCH',
      url: '/api/v1/digest',
      headers,
      payload: { webhookUrl: 'ftp://x' },
    });
    expect(badUrl.statusCode).toBe(400);
    expect((await view(alice)).hour).toBe(7);
  });

  it('mails the digest to the address set for it, refuses one that is not an email, and goes back to the account’s with null', async () => {
    const headers = await sessionHeaders(database.repos, alice.id, clock);
    const bad = await app.inject({
      method: 'PATCH',
      url: '/api/v1/digest',
      headers,
      payload: { address: 'ada at home' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.json().error.message).toMatch(/address: is not a valid email address$/);
    expect((await view(alice)).address).toBe('alice@example.test');

    expect(await patch(alice, { email: true, hour: 9, address: ' Ada@Example.COM ' })).toMatchObject({
      email: true,
      address: 'ada@example.com',
    });
    now = new Date('2026-06-01T07:05:00Z');
    expect((await step(alice, 'a'))?.results).toEqual([{ channel: 'email', ok: true, error: null }]);
    const [message] = await mail.waitFor(1);
    expect(message?.to).toMatchObject({ text: 'ada@example.com' });
    expect((await patch(alice, { address: null })).address).toBe('alice@example.test');
  });

  it('on a laptop install sends no email to owner@localhost: the view has no address until one is set', async () => {
    // The account a laptop install makes for its owner (`ensureLocalUser`).
    const owner: User = {
      id: newId(),
      email: LOCAL_USER_EMAIL,
      displayName: null,
      isAdmin: false,
      createdAt: clock().toISOString(),
    };
    await database.repos.users.insert({ ...owner, passwordHash: null });
    const deps = { repos: database.repos.forOwner(owner.id), now: clock };
    await updateSettings(deps, { timeZone: 'Europe/Berlin' });
    await createPerson(deps, { displayName: 'Grace Hopper', tier: 'inner' });
    expect(await patch(owner, { email: true, hour: 9 })).toMatchObject({ email: true, address: null });
    now = new Date('2026-06-01T07:05:00Z');
    expect(await step(owner, 'a')).toBeNull();
    const manual = await sendDigestNow({ ...deps, senders, baseUrl: BASE });
    expect(manual.results).toEqual([
      { channel: 'email', ok: false, error: expect.stringContaining('no address to send it to yet') },
    ]);
    expect(await patch(owner, { address: 'grace@example.com' })).toMatchObject({ address: 'grace@example.com' });
    expect((await step(owner, 'a'))?.results).toEqual([{ channel: 'email', ok: true, error: null }]);
    const [message] = await mail.waitFor(1);
    expect(message?.to).toMatchObject({ text: 'grace@example.com' });
    expect(mail.received).toHaveLength(1);
  });
});
