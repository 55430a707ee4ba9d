import { formatCredential, parseCredential } from '../auth/secrets.js';

/** Where a card's link points: `/card/<ownerId>.<secret>`; the owner id keeps the lookup on one owner. */
export function cardPath(ownerId: string, secret: string): string {
  return `/card/${formatCredential(ownerId, secret)}`;
}

/** The owner id and secret in a card link's last segment (a trailing `.vcf` is allowed); undefined when malformed. */
export function parseCardName(name: string): { ownerId: string; secret: string } | undefined {
  return parseCredential(name.endsWith('.vcf') ? name.slice(0, -'.vcf'.length) : name);
}
