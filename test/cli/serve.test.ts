import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runKith, tempDataDir } from '../support/cli.js';
import { serve } from '../support/serve.js';

describe('kith serve in local mode', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
  });

  it('prints where data lives and a one-time sign-in link that signs the browser in once', async () => {
    const dir = tempDataDir();
    const first = await serve(dir);
    children.push(first.child);
    expect(first.output).toContain(`data is stored in ${dir}/kith.db`);
    expect(first.link).toBeDefined();
    const link = first.link ?? '';
    expect((await fetch(`${first.base}/api/v1/people`)).status).toBe(401);

    const signedIn = await fetch(link, { redirect: 'manual' });
    expect(signedIn.status).toBe(302);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = await fetch(`${first.base}/api/v1/auth/me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({ email: 'owner@localhost', isAdmin: true });
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(404);

    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = await serve(dir);
    children.push(second.child);
    expect(second.link).toBeUndefined();

    // Another browser: `kith users link` prints a fresh one-time link for the owner.
    const printed = await runKith(dir, ['users', 'link', '--base', second.base]);
    expect(printed.code).toBe(0);
    const again = await fetch(printed.stdout.trim(), { redirect: 'manual' });
    expect(again.status).toBe(302);
    expect(again.headers.get('set-cookie')).toMatch(/Max-Age=34560000/);
  });

  it('turns sign-up on with --allow-sign-up, as `kith users sign-up on` would, and it stays on', async () => {
    const dir = tempDataDir();
    const started = await serve(dir, ['--allow-sign-up']);
    children.push(started.child);
    expect(await (await fetch(`${started.base}/api/v1/auth/config`)).json()).toEqual({ signUp: true });
    started.child.kill('SIGTERM');
    await new Promise((resolve) => started.child.once('exit', resolve));
    expect((await runKith(dir, ['users', 'sign-up', '--json'])).json()).toEqual({ signUp: true });
    const plain = await serve(dir);
    children.push(plain.child);
    expect(await (await fetch(`${plain.base}/api/v1/auth/config`)).json()).toEqual({ signUp: true });
    expect((await runKith(dir, ['users', 'sign-up', 'off'])).code).toBe(0);
    expect(await (await fetch(`${plain.base}/api/v1/auth/config`)).json()).toEqual({ signUp: false });
  });
});
