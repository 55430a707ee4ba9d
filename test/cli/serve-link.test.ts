import { afterEach, describe, expect, it } from 'vitest';
import { runKith, tempDataDir } from '../support/cli.js';
import { type ServeProcess, startServe } from '../support/servers.js';

describe('kith serve’s one-time sign-in link', () => {
  const started: ServeProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.stop()));
  });
  const serve = async (dir: string, flags: string[] = []) => {
    const server = await startServe({ dataDir: dir, flags });
    started.push(server);
    return server.output();
  };

  it('is printed only by a server bound to loopback with one account; elsewhere it says how to get one', {
    timeout: 120_000,
  }, async () => {
    const laptop = tempDataDir();
    expect(await serve(laptop)).toMatch(/\/auth\/link\//);

    const reachable = tempDataDir();
    const output = await serve(reachable, ['--host', '0.0.0.0']);
    expect(output).not.toMatch(/\/auth\/link\//);
    expect(output).toContain('get a one-time link with `kith users link`');

    const shared = tempDataDir();
    expect(
      (await runKith(shared, ['users', 'add', 'grace@example.test'], { input: 'a long enough password\n' })).code,
    ).toBe(0);
    expect(await serve(shared)).not.toMatch(/\/auth\/link\//);
    // Asked for, the owner still gets one.
    expect((await runKith(shared, ['users', 'link'])).stdout).toMatch(/\/auth\/link\//);
  });
});
