import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken, CreatedToken } from '../../src/core/auth/schema.js';
import type { User } from '../../src/core/users/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';

describe('kith users and kith tokens', () => {
  let dir: string;
  const kith = (args: string[], input?: string) => runKith(dir, args, { input });

  beforeAll(async () => {
    dir = tempDataDir();
  });

  it('adds accounts with the password from stdin, lists them, refuses duplicates and short passwords', async () => {
    const added = await kith(['users', 'add', 'Grace@Example.test', '--admin', '--json'], 'a long enough password\n');
    expect(added.stderr).toBe('');
    expect(added.json<User>()).toMatchObject({ email: 'grace@example.test', isAdmin: true });
    const list = (await kith(['users', 'list', '--json'])).json<User[]>();
    expect(list.map((user) => user.email)).toEqual(['owner@localhost', 'grace@example.test']);
    expect((await kith(['users', 'list'])).stdout).toMatch(/EMAIL\s+NAME\s+ADMIN/);

    const duplicate = await kith(['users', 'add', 'grace@example.test'], 'a long enough password\n');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already exists/);
    const short = await kith(['users', 'add', 'ivy@example.test'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: must be at least 8 characters/);
    expect((await kith(['users', 'list', '--json'])).json<User[]>()).toHaveLength(2);
  });

  it('changes a password and removes an account by email; unknown accounts are errors', async () => {
    expect((await kith(['users', 'passwd', 'grace@example.test'], 'another long password\n')).code).toBe(0);
    expect((await kith(['users', 'passwd', 'nobody@example.test'], 'another long password\n')).stderr).toMatch(
      /No user nobody@example.test/,
    );
    expect((await kith(['users', 'rm', 'grace@example.test'])).code).toBe(0);
    expect((await kith(['users', 'rm', 'grace@example.test'])).code).toBe(1);
    expect((await kith(['users', 'add'])).code).toBe(2);
  });

  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const created = (await kith(['tokens', 'create', '--name', 'backup script', '--json'])).json<CreatedToken>();
    expect(created.token).toMatch(/^kith_[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    const listed = await kith(['tokens', 'list', '--json']);
    expect(listed.json<ApiToken[]>()).toEqual([
      { id: created.id, name: 'backup script', kind: 'api', createdAt: created.createdAt, lastUsedAt: null },
    ]);
    expect(listed.stdout).not.toContain(created.token);
    expect((await kith(['tokens', 'revoke', created.id])).code).toBe(0);
    expect((await kith(['tokens', 'revoke', created.id])).stderr).toMatch(/No token with id/);
    expect((await kith(['tokens', 'list', '--json'])).json<ApiToken[]>()).toEqual([]);
    // With none left, the list says how to make one ("Nothing to show." said nothing of tokens).
    expect((await kith(['tokens', 'list'])).stdout).toBe(
      'No tokens yet. Make one with: kith tokens create --name "backup script"\n',
    );
    expect((await kith(['tokens', 'create'])).code).toBe(2);
  });

  it('turns sign-up on and off for the server, and says which it is', async () => {
    expect((await kith(['users', 'sign-up', '--json'])).json()).toEqual({ signUp: false });
    expect((await kith(['users', 'sign-up'])).stdout).toBe('Sign-up is off: admins add accounts\n');
    expect((await kith(['users', 'sign-up', 'on'])).stdout).toBe('Sign-up is on: anyone can create an account\n');
    expect((await kith(['users', 'sign-up', '--json'])).json()).toEqual({ signUp: true });
    const bad = await kith(['users', 'sign-up', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/maybe/);
    expect((await kith(['users', 'sign-up', 'off', '--json'])).json()).toEqual({ signUp: false });
  });
});
