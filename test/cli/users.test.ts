import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken, CreatedToken } from '../../src/core/auth/schema.js';
import type { User } from '../../src/core/users/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';

describe('kith users and kith tokens', () => {
  let dir: string;
  const kith = (args: string[], input?: string) => runKith(dir, args, { input });

  beforeAll(() => {
    dir = tempDataDir();
  });

  it('adds accounts with the password from stdin, lists them, refuses duplicates and short passwords', () => {
    const added = kith(['users', 'add', 'Grace@Example.test', '--admin', '--json'], 'a long enough password\n');
    expect(added.stderr).toBe('');
    expect(added.json<User>()).toMatchObject({ email: 'grace@example.test', isAdmin: true });
    const list = kith(['users', 'list', '--json']).json<User[]>();
    expect(list.map((user) => user.email)).toEqual(['owner@localhost', 'grace@example.test']);
    expect(kith(['users', 'list']).stdout).toMatch(/EMAIL\s+NAME\s+ADMIN/);

    const duplicate = kith(['users', 'add', 'grace@example.test'], 'a long enough password\n');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/already exists/);
    const short = kith(['users', 'add', 'ivy@example.test'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: must be at least 8 characters/);
    expect(kith(['users', 'list', '--json']).json<User[]>()).toHaveLength(2);
  });

  it('changes a password and removes an account by email; unknown accounts are errors', () => {
    expect(kith(['users', 'passwd', 'grace@example.test'], 'another long password\n').code).toBe(0);
    expect(kith(['users', 'passwd', 'nobody@example.test'], 'another long password\n').stderr).toMatch(
      /No user nobody@example.test/,
    );
    expect(kith(['users', 'rm', 'grace@example.test']).code).toBe(0);
    expect(kith(['users', 'rm', 'grace@example.test']).code).toBe(1);
    expect(kith(['users', 'add']).code).toBe(2);
  });

  it('creates a token shown once, lists it without the secret, and revokes it', () => {
    const created = kith(['tokens', 'create', '--name', 'backup script', '--json']).json<CreatedToken>();
    expect(created.token).toMatch(/^kith_[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    const listed = kith(['tokens', 'list', '--json']);
    expect(listed.json<ApiToken[]>()).toEqual([
      { id: created.id, name: 'backup script', kind: 'api', createdAt: created.createdAt, lastUsedAt: null },
    ]);
    expect(listed.stdout).not.toContain(created.token);
    expect(kith(['tokens', 'revoke', created.id]).code).toBe(0);
    expect(kith(['tokens', 'revoke', created.id]).stderr).toMatch(/No token with id/);
    expect(kith(['tokens', 'list', '--json']).json<ApiToken[]>()).toEqual([]);
    expect(kith(['tokens', 'create']).code).toBe(2);
  });

  it('turns sign-up on and off for the server, and says which it is', () => {
    expect(kith(['users', 'sign-up', '--json']).json()).toEqual({ signUp: false });
    expect(kith(['users', 'sign-up']).stdout).toBe('Sign-up is off: admins add accounts\n');
    expect(kith(['users', 'sign-up', 'on']).stdout).toBe('Sign-up is on: anyone can create an account\n');
    expect(kith(['users', 'sign-up', '--json']).json()).toEqual({ signUp: true });
    const bad = kith(['users', 'sign-up', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/maybe/);
    expect(kith(['users', 'sign-up', 'off', '--json']).json()).toEqual({ signUp: false });
  });
});
