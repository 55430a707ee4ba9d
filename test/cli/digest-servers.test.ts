import { afterEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { updateDigestSettings } from '../../src/core/digest/update-digest-settings.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../support/databases.js';
import { startDigestServers } from '../support/digest-servers.js';
import { type MailServer, startMailServer } from '../support/mail-server.js';
import type { ServedKith } from '../support/serve.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresUrl)('the digest with two kith serve processes on one PostgreSQL', () => {
  let database: TestDatabase | undefined;
  let mail: MailServer | undefined;
  const servers: ServedKith[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    await mail?.close();
    await database?.close();
  });

  it('sends exactly one digest per user per day, takes over a dead server’s claim, and sends nothing again after a restart', async () => {
    database = await openTestDatabase('postgres');
    const { repos, connection } = database;
    const now = () => new Date();
    const emails: string[] = [];
    for (let index = 0; index < 6; index++) {
      const email = `user${index}@example.test`;
      const user = await addUser({ repos, now }, { email });
      const deps = { repos: repos.forOwner(user.id), now };
      await updateSettings(deps, { timeZone: 'UTC' });
      await createPerson(deps, { displayName: `Friend of ${index}`, tier: 'inner' });
      await updateDigestSettings(deps, { email: true, hour: 0, weekdays: [1, 2, 3, 4, 5, 6, 7] }, true);
      emails.push(email);
      if (index === 5) {
        // A server claimed this one and died before sending: its lease ran out a minute ago.
        const past = new Date(Date.now() - 60_000).toISOString();
        await connection.db
          .insertInto('digest_delivery')
          .values({
            owner_id: user.id,
            local_day: new Date().toISOString().slice(0, 10),
            channel: 'email',
            status: 'sending',
            attempts: 1,
            lease_until: past,
            claimed_by: 'a-server-that-died',
            sent_at: null,
            last_error: null,
            updated_at: past,
          })
          .execute();
      }
    }
    mail = await startMailServer();
    const options = {
      url: database.url ?? '',
      schema: connection.schema ?? '',
      smtpUrl: mail.url,
      intervalSeconds: 0.1,
    };
    servers.push(...(await startDigestServers(2, options)));

    await mail.waitFor(emails.length, 30_000);
    await pause(1500); // both servers keep ticking: nothing more may arrive
    const recipients = mail.received.map((message) => (Array.isArray(message.to) ? '' : message.to?.text)).sort();
    expect(recipients).toEqual(emails);

    const rows = await connection.db.selectFrom('digest_delivery').selectAll().execute();
    expect(rows.map((row) => row.status)).toEqual(Array(emails.length).fill('sent'));
    const taken = rows.find((row) => row.attempts === 2);
    expect(taken?.claimed_by).not.toBe('a-server-that-died');

    // A restart of one server and a new one beside it: today's digests stay sent.
    await servers[0]?.stop();
    servers.push(...(await startDigestServers(1, options)));
    await pause(1500);
    expect(mail.received).toHaveLength(emails.length);
    for (const server of servers) expect(server.output()).not.toMatch(/"level":50/);
  }, 180_000);
});
