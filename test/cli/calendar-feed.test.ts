import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/shared/dates.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { type ServedKith, serveKith } from '../support/serve.js';

const hasClients = ['vdirsyncer', 'khal'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);

async function ok(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const result = await runKith(dir, args, { env });
  if (result.code !== 0) throw new Error(`kith ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** vdirsyncer (http → folder) and khal (on that folder), configured in a temporary directory. */
function calendarClients(dir: string, feedUrl: string) {
  const folder = join(dir, 'calendar');
  mkdirSync(folder, { recursive: true });
  const vdir = join(dir, 'vdirsyncer.conf');
  writeFileSync(
    vdir,
    [
      '[general]',
      `status_path = "${join(dir, 'status')}/"`,
      '[pair kith]',
      'a = "kith_feed"',
      'b = "kith_folder"',
      'collections = null',
      'conflict_resolution = "a wins"',
      '[storage kith_feed]',
      'type = "http"',
      `url = "${feedUrl}"`,
      '[storage kith_folder]',
      'type = "filesystem"',
      `path = "${folder}/"`,
      'fileext = ".ics"',
      '',
    ].join('\n'),
  );
  const khal = join(dir, 'khal.conf');
  writeFileSync(
    khal,
    [
      '[calendars]',
      '[[kith]]',
      `path = ${folder}/`,
      'type = calendar',
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      'local_timezone = UTC',
      'default_timezone = UTC',
      '[sqlite]',
      `path = ${join(dir, 'khal.db')}`,
      '',
    ].join('\n'),
  );
  const env = { HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  return {
    sync() {
      run('vdirsyncer', ['-c', vdir, 'discover'], env);
      run('vdirsyncer', ['-c', vdir, 'sync'], env);
      return readdirSync(folder)
        .filter((name) => name.endsWith('.ics'))
        .sort();
    },
    /** khal's agenda from a day, one line per entry: "YYYY-MM-DD summary". */
    list(from: string, days: number): string[] {
      const out = run(
        'khal',
        ['-c', khal, 'list', '--format', '{start-date} {title}', '--day-format', '', from, `${days}d`],
        env,
      );
      return out.split('\n').filter((line) => line.trim() !== '');
    },
  };
}

describe('the calendar feed, read by real calendar programs', () => {
  let server: ServedKith | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('says which address a link is for when KITH_PUBLIC_URL does not tell it', async () => {
    const dir = tempDataDir();
    const made = await runKith(dir, ['calendar', 'link'], { env: { KITH_PUBLIC_URL: '' } });
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4321\/ical\//);
    expect(made.stderr).toContain(
      'The link is for kith serve at http://127.0.0.1:4321; if it runs elsewhere, set KITH_PUBLIC_URL',
    );
    const card = await runKith(dir, ['card', 'link'], { env: { KITH_PUBLIC_URL: 'https://kith.example' } });
    expect(card.stdout).toMatch(/^https:\/\/kith\.example\//);
    expect(card.stderr).not.toContain('KITH_PUBLIC_URL');
  });

  it.skipIf(!hasClients)(
    'vdirsyncer syncs it and khal lists each entry on its day; an edit moves an entry, a revoked link is 404',
    async () => {
      const dir = tempDataDir();
      const today = new Date().toISOString().slice(0, 10);
      const year = Number(today.slice(0, 4));
      await ok(dir, ['settings', 'timezone', 'UTC']);
      const birthday = addDays(today, 3);
      await ok(dir, [
        'people',
        'add',
        'Ada Lovelace',
        '--birthday',
        `1990-${birthday.slice(5)}`,
        '--email',
        'ada@example.com',
      ]);
      await ok(dir, ['people', 'add', 'Grace Hopper', '--notes', 'secret notes about Grace']);
      const reminderDay = addDays(today, 5);
      const reminder = JSON.parse(
        await ok(dir, ['remind', 'Grace Hopper', 'send the paper', '--on', reminderDay, '--json']),
      );
      const conferenceStart = addDays(today, 10);
      await ok(dir, [
        'events',
        'add',
        'RustConf',
        '--kind',
        'conference',
        '--starts',
        conferenceStart,
        '--ends',
        addDays(conferenceStart, 1),
        '--location',
        'Montreal',
        '--role',
        'speaker',
        '--talk-title',
        'Ownership for humans',
      ]);
      const meetupDay = addDays(today, -1);
      await ok(dir, [
        'events',
        'add',
        'Data meetup',
        '--kind',
        'meetup',
        '--starts',
        meetupDay,
        '--status',
        'attended',
      ]);
      await ok(dir, ['events', 'met', 'Data meetup', 'Linus Met', '--met-on', meetupDay]);

      server = await serveKith(dir, { KITH_PUBLIC_URL: 'http://feed.invalid' });
      const link = (await ok(dir, ['calendar', 'link'], { KITH_PUBLIC_URL: server.base })).trim();
      expect(link).toMatch(new RegExp(`^${server.base}/ical/[0-9a-z]+\\.[A-Za-z0-9_-]{22}\\.ics$`));
      // Shown once: asking again is refused, the link stays what it was.
      expect((await runKith(dir, ['calendar', 'link'])).code).toBe(1);

      // The feed itself: valid, folded, with stable UIDs and an ETag.
      const first = await fetch(link);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
      const text = await first.text();
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(text).toContain('X-WR-CALNAME:kith');
      expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
      expect(text).not.toMatch(/ada@example\.com|secret notes/);
      const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      const uids = vevents.map((event) => String(event.getFirstPropertyValue('uid')));
      expect(uids).toContain(`reminder-${reminder.id}@kith`);
      for (const event of vevents) {
        expect(event.getFirstPropertyValue('sequence')).toBeTypeOf('number');
        expect(event.getFirstPropertyValue('last-modified')).not.toBeNull();
      }
      const etag = first.headers.get('etag') ?? '';
      expect(etag).not.toBe('');
      const second = await fetch(link);
      const again = new ICAL.Component(ICAL.parse(await second.text())).getAllSubcomponents('vevent');
      expect(again.map((event) => String(event.getFirstPropertyValue('uid')))).toEqual(uids);
      expect((await fetch(link, { headers: { 'if-none-match': etag } })).status).toBe(304);

      // A real calendar program: each entry on its day.
      const clients = calendarClients(tempDataDir(), link);
      const files = clients.sync();
      expect(files.length).toBe(uids.length);
      const agenda = clients.list(today, 30);
      expect(agenda).toContain(
        `${birthday} Ada Lovelace's birthday (${year - 1990 + (birthday.slice(0, 4) === String(year) ? 0 : 1)})`,
      );
      expect(agenda).toContain(`${reminderDay} Grace Hopper: send the paper`);
      expect(agenda).toContain(`${conferenceStart} RustConf (speaking)`);
      expect(agenda).toContain(`${today} Follow up with people met at Data meetup`);

      // An edit in kith: the next sync changes the entry in place.
      const movedDay = addDays(today, 7);
      await ok(dir, ['snooze', reminder.id, '--until', movedDay]);
      // vdirsyncer's http storage names items by their content (it never trusts a feed's
      // UIDs), so the edited entry is one file replaced, and nothing is added.
      const resynced = clients.sync();
      expect(resynced.length).toBe(files.length);
      expect(resynced.filter((name) => !files.includes(name)).length).toBe(1);
      const moved = clients.list(today, 30);
      expect(moved).toContain(`${movedDay} Grace Hopper: send the paper`);
      expect(moved).not.toContain(`${reminderDay} Grace Hopper: send the paper`);
      expect(moved.length).toBe(agenda.length);

      // Rotating ends the old link; off ends the new one.
      const rotated = (await ok(dir, ['calendar', 'rotate'], { KITH_PUBLIC_URL: server.base })).trim();
      expect(rotated).not.toBe(link);
      expect((await fetch(link)).status).toBe(404);
      expect((await fetch(rotated)).status).toBe(200);
      await ok(dir, ['calendar', 'off']);
      expect((await fetch(rotated)).status).toBe(404);
      expect((await fetch(`${server.base}/ical/nonsense.ics`)).status).toBe(404);
    },
    180_000,
  );
});
