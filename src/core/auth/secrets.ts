import { createHash, randomBytes } from 'node:crypto';

/**
 * Credentials carry the owner id beside a random secret (`<ownerId>.<secret>`), so the
 * server finds the row by (owner_id, hash) without any cross-owner lookup. Only the
 * SHA-256 of the secret is stored: a copy of the database signs no one in.
 */

const OWNER_ID = /^[0-9a-z]{1,64}$/;
const SECRET = /^[A-Za-z0-9_-]{16,128}$/;

/** A random secret of `bytes` bytes (16 for sessions: 128 bits), URL-safe. */
export function newSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function formatCredential(ownerId: string, secret: string, prefix = ''): string {
  return `${prefix}${ownerId}.${secret}`;
}

/** Splits a credential into owner id and secret; undefined for anything malformed. */
export function parseCredential(
  credential: string | undefined,
  prefix = '',
): { ownerId: string; secret: string } | undefined {
  if (!credential?.startsWith(prefix)) return undefined;
  const [ownerId, secret, ...rest] = credential.slice(prefix.length).split('.');
  if (rest.length > 0 || !ownerId || !secret || !OWNER_ID.test(ownerId) || !SECRET.test(secret)) return undefined;
  return { ownerId, secret };
}

const APP_PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * An app password for a phone's address book: 24 characters from an alphabet without
 * look-alikes (about 120 bits) in groups of four, to be typed on a phone's keyboard. It
 * carries no owner id: HTTP Basic sends the email, which names the owner.
 */
export function newAppPassword(): string {
  const bytes = randomBytes(24);
  const characters = [...bytes].map((byte) => APP_PASSWORD_ALPHABET[byte % APP_PASSWORD_ALPHABET.length]);
  return characters.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/** An app password as typed (any case, with or without its dashes or spaces) as it is hashed. */
export function normalizeAppPassword(password: string): string {
  return password.toLowerCase().replace(/[\s-]/g, '');
}

/** API tokens are recognisable in logs and secret scanners by this prefix. */
export const TOKEN_PREFIX = 'kith_';
