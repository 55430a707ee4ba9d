import { describe, expect, it } from 'vitest';
import { formatCredential, hashSecret, newSecret, parseCredential, TOKEN_PREFIX } from './secrets.js';

describe('credentials', () => {
  it('round-trips owner id and secret, with and without a prefix', () => {
    const secret = newSecret(16);
    expect(parseCredential(formatCredential('01abc', secret))).toEqual({ ownerId: '01abc', secret });
    expect(parseCredential(formatCredential('01abc', secret, TOKEN_PREFIX), TOKEN_PREFIX)).toEqual({
      ownerId: '01abc',
      secret,
    });
  });

  it('makes 128-bit session secrets, different each time, hashed one way', () => {
    const a = newSecret(16);
    expect(Buffer.from(a, 'base64url')).toHaveLength(16);
    expect(newSecret(16)).not.toBe(a);
    expect(hashSecret(a)).toBe(hashSecret(a));
    expect(hashSecret(a)).not.toContain(a);
  });

  it.each([
    undefined,
    '',
    'nodot',
    'UPPER.aaaaaaaaaaaaaaaaaaaa',
    '01abc.short',
    '01abc.aaaaaaaaaaaaaaaaaaaa.extra',
    "01abc.aaaaaaaa'aaaaaaaaaaaa",
    'kith_01abc.aaaaaaaaaaaaaaaaaaaa',
  ])('rejects the malformed credential %j', (value) => {
    expect(parseCredential(value)).toBeUndefined();
  });
});
