import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
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

    mail = await startMailServer();
    const sent = await kith(dir, ['digest', '--send', '--as-of', '2026-06-01'], {
      KITH_SMTP_URL: mail.url,
      KITH_MAIL_FROM: 'kith <kith@example.test>',
    });
    expect(sent).toMatchObject({ code: 0, stdout: 'email: sent\n' });
    const [message] = await mail.waitFor(1);
    expect(message?.subject).toBe('kith: 1 person to reach out to today');
    expect(message?.from?.value[0]).toMatchObject({ name: 'kith', address: 'kith@example.test' });
    expect((await runKith(dir, ['digest', 'settings'])).stdout).toMatch(/Last email: +sent 20/);

    const down = await kith(dir, ['digest', '--send'], { KITH_SMTP_URL: 'smtp://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^kith: email not sent: .*ECONNREFUSED/);
  }, 120_000);
});
