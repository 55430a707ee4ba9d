import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendDueDigest } from '../../src/core/digest/send-digest.js';
import { updateSettings } from '../../src/core/settings/update-settings.js';
import { ensureLocalUser } from '../../src/core/users/ensure-local-user.js';
import { connect } from '../../src/db/connect.js';
import { createRepos } from '../../src/db/repos/index.js';
import { createSmtpMailer } from '../../src/mail/smtp-mailer.js';
import { kithBin, runKith, tempDataDir } from '../support/cli.js';
import { type MailServer, startMailServer } from '../support/mail-server.js';

/** Runs the built bin without blocking this process, so the SMTP server in it can answer. */
function kith(
  dir: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [kithBin(), '--data-dir', dir, ...args], {
    env: { ...process.env, DATABASE_URL: '', NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

describe('kith digest', () => {
  let mail: MailServer | undefined;
  afterEach(async () => {
    await mail?.close();
  });

  it('prints the digest of a day, changes its settings, and sends it now to a real SMTP server', async () => {
    const dir = tempDataDir();
    expect((await runKith(dir, ['people', 'add', 'Ada Lovelace', '--tier', 'inner'])).code).toBe(0);
    expect((await runKith(dir, ['remind', 'Ada Lovelace', 'send the paper', '--on', '2026-06-01'])).code).toBe(0);

    const printed = await runKith(dir, ['digest', '--as-of', '2026-06-01'], {
      env: { KITH_PUBLIC_URL: 'https://k.example' },
    });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('kith: 1 person to reach out to today (2026-06-01)');
    expect(printed.stdout).toMatch(/- Ada Lovelace\n {4}you asked to be reminded: send the paper\n/);
    expect(printed.stdout).toMatch(/https:\/\/k\.example\/people\/[0-9a-z]+/);
    expect((await runKith(dir, ['digest', '--json', '--as-of', '2026-06-01'])).json()).toMatchObject({
      date: '2026-06-01',
    });

    const set = await runKith(dir, [
      'digest',
      'settings',
      '--email',
      'on',
      '--hour',
      '6',
      '--weekdays',
      'mon,wed',
      '--json',
    ]);
    expect(set.json()).toMatchObject({ email: true, hour: 6, weekdays: [1, 3], webhookUrl: null });
    expect((await runKith(dir, ['digest', 'settings', '--weekdays', 'fri-mon'])).code).toBe(2);
    expect((await runKith(dir, ['digest', 'settings', '--webhook', 'ftp://nope'])).stderr).toMatch(
      /--webhook: must be an http\(s\) URL/,
    );
    expect((await runKith(dir, ['digest', '--send'])).stderr).toMatch(/Nowhere to send it/);

    // A laptop install's account is owner@localhost, no one's mailbox: it says how to set one.
    expect((await runKith(dir, ['digest', 'settings'])).stdout).toMatch(
      /Email: +on, but no address to send it to yet: set one with kith digest settings --to you@example\.com\n/,
    );
    const notAnEmail = await runKith(dir, ['digest', 'settings', '--to', 'ada at home']);
    expect(notAnEmail.code).toBe(1);
    expect(notAnEmail.stderr).toBe('kith: --to: is not a valid email address\n');
    expect((await runKith(dir, ['digest', 'settings', '--to', 'ada@example.com'])).stdout).toMatch(
      /Email: +on, to ada@example\.com\n/,
    );
    // "none" goes back to the account's address, here no one's.
    expect((await runKith(dir, ['digest', 'settings', '--to', 'none'])).stdout).toMatch(/no address to send it to yet/);
    await runKith(dir, ['digest', 'settings', '--to', 'ada@example.com']);

    mail = await startMailServer();
    const sent = await kith(dir, ['digest', '--send', '--as-of', '2026-06-01'], {
      KITH_SMTP_URL: mail.url,
      KITH_MAIL_FROM: 'kith <kith@example.test>',
    });
    expect(sent).toMatchObject({ code: 0, stdout: 'email: sent\n' });
    const [message] = await mail.waitFor(1);
    expect(message?.subject).toBe('kith: 1 person to reach out to today');
    expect(message?.to).toMatchObject({ text: 'ada@example.com' });
    expect(message?.from?.value[0]).toMatchObject({ name: 'kith', address: 'kith@example.test' });
    // "Send now" is reported where it was asked; "Last email" is the scheduled one's.
    expect((await runKith(dir, ['digest', 'settings'])).stdout).toMatch(/Last email: +never\n/);

    const down = await kith(dir, ['digest', '--send'], { KITH_SMTP_URL: 'smtp://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^kith: email not sent: .*ECONNREFUSED/);
  }, 120_000);

  it('refuses a KITH_SMTP_URL that is not an smtp:// or smtps:// URL, in words, from the CLI and at the server’s start', async () => {
    const dir = tempDataDir();
    for (const url of ['not a url', 'http://mail.example', 'smtp://']) {
      const sent = await kith(dir, ['digest', '--send'], { KITH_SMTP_URL: url });
      expect(sent.code).toBe(1);
      expect(sent.stderr).toBe('kith: KITH_SMTP_URL is not a valid smtp:// or smtps:// URL\n');
    }
    const served = await kith(dir, ['serve', '--port', '0'], { KITH_SMTP_URL: 'not a url' });
    expect(served.code).toBe(1);
    expect(served.stderr).toBe('kith: KITH_SMTP_URL is not a valid smtp:// or smtps:// URL\n');
  }, 60_000);

  it('shows a failed scheduled email with its attempts counted in words', async () => {
    const dir = tempDataDir();
    expect(
      (await runKith(dir, ['digest', 'settings', '--email', 'on', '--to', 'ada@example.com', '--hour', '6'])).code,
    ).toBe(0);
    const connection = await connect({ dialect: 'sqlite', file: join(dir, 'kith.db') });
    try {
      const repos = createRepos(connection);
      const now = () => new Date('2026-06-01T06:10:00Z');
      const owner = await ensureLocalUser(repos.users, now());
      const deps = { repos: repos.forOwner(owner.id), now };
      await updateSettings(deps, { timeZone: 'UTC' });
      const senders = {
        sendMail: createSmtpMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'k@example.test' }),
        postWebhook: async () => {},
      };
      const failed = await sendDueDigest({ ...deps, senders, baseUrl: 'http://127.0.0.1:4321' }, 'test');
      expect(failed?.results[0]?.ok).toBe(false);
    } finally {
      await connection.close();
    }
    expect((await runKith(dir, ['digest', 'settings'])).stdout).toMatch(
      /Last email: +failed on 2026-06-01 \(1 attempt\): /,
    );
  }, 60_000);
});
