import { describe, expect, it } from 'vitest';
import type { CreatedCardLink, MyCardView } from '../../src/core/my-card/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

describe('kith card', () => {
  it('sets the fields and which are shown, prints the vCard, and makes, rotates and turns off the link', async () => {
    const dir = tempDataDir();
    const ok = (...args: string[]) => runKithOk(dir, args);

    await ok(
      'card',
      'fields',
      '--name',
      'Ada Lovelace',
      '--title',
      'Analyst',
      '--email',
      'ada@example.com',
      '--phone',
      '+44 20 7946 0958',
      '--link',
      'https://www.linkedin.com/in/ada-lovelace',
      '--link',
      'https://ada.example.com',
      '--show',
      'email,title,links',
    );
    const shown = await ok('card', 'show');
    expect(shown.stdout).toContain('Ada Lovelace');
    expect(shown.stdout).toMatch(/Phone: +\+44 20 7946 0958 \(not shown\)/);
    expect(shown.stdout).toMatch(/Shown: +title, email, links/);
    expect(shown.stdout).toMatch(/Link: +off/);

    const vcard = (await ok('card', '--vcard')).stdout;
    expect(vcard).toContain('FN:Ada Lovelace\r\n');
    expect(vcard).toContain('EMAIL;TYPE=INTERNET:ada@example.com');
    expect(vcard).toContain('URL:https://ada.example.com');
    expect(vcard).not.toContain('7946');

    await ok('card', 'fields', '--no-links', '--show', 'none');
    const json = (await ok('card', 'show', '--json')).json<MyCardView>();
    expect(json).toMatchObject({ links: [], shown: [], email: 'ada@example.com' });
    expect(json.vcard).not.toContain('ada@example.com');

    const bad = await runKith(dir, ['card', 'fields', '--show', 'salary']);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('shown')]);

    const link = await runKith(dir, ['card', 'link']);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4321\/card\/[0-9a-z]+\.[A-Za-z0-9_-]{22}\n$/);
    expect(link.stderr).toContain('will not be shown again');
    const again = await runKith(dir, ['card', 'link']);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('make a new one')]);
    const rotated = (await ok('card', 'rotate', '--json')).json<CreatedCardLink>();
    expect(`${rotated.url}\n`).not.toBe(link.stdout);
    expect((await ok('card')).stdout).toMatch(/Link: +on since/);
    expect((await ok('card', 'off')).stdout).toBe('Card link is off\n');
    const off = await runKith(dir, ['card', 'off']);
    expect([off.code, off.stderr]).toEqual([1, expect.stringContaining('no link')]);
  });
});
